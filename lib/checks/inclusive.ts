import type { JobFamily } from "../families/document";
import list from "./inclusive-language.json";
import type { Finding } from "./rules";
import { proseFields, readableText } from "./text-fields";

type Entry = { match: string; category: string; suggestion: string; source: string };

const categoryNames: Record<string, string> = {
  "masculine-coded": "masculine-coded",
  "fixed-mindset": "fixed-mindset language",
  "gendered-pronoun": "gendered language",
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const patterns = (list.entries as Entry[]).map((entry) => {
  const stem = entry.match.endsWith("*") ? `${escape(entry.match.slice(0, -1))}\\w*` : escape(entry.match);
  return { entry, pattern: new RegExp(`(?<![\\w/])${stem.replace(/\\ /g, "\\s+")}(?![\\w/])`, "gi") };
});

/** Words from the word list (lib/checks/inclusive-language.json, with its sources), each with an alternative. */
export function inclusiveLanguage(family: JobFamily): Finding[] {
  const findings: Finding[] = [];
  for (const { path, text } of proseFields(family)) {
    const readable = readableText(text);
    for (const { entry, pattern } of patterns) {
      for (const match of readable.matchAll(pattern)) {
        findings.push({
          rule: "inclusive-language",
          path,
          message: `“${match[0]}” is ${categoryNames[entry.category] ?? entry.category}; consider “${entry.suggestion}”`,
        });
      }
    }
  }
  return findings;
}

export const wordListSources = list.sources as Record<string, string>;
