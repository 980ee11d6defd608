import type { Level, NextStep } from "../document";
import { linkTarget } from "../links";
import { headingAnchor, slugify } from "../names";

/**
 * Facts the handbook states in prose and the importer reads back out of it: the grade from the
 * grade sentence, the reporting line, the abbreviation in the title, where the career ladder
 * leads. The prose stays the source of truth, so an export writes the prose only.
 */

const withoutLinks = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1 ").replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1 ");

/**
 * The job grade a sentence states, in every wording the handbook uses: "a [grade 9.5](…)",
 * "[Grade 5]", "grade #6", "job grade [12](…)", "[grade](…) 6 job".
 */
export function gradeIn(text: string): number | null {
  const match = /\bgrade\b[\s\]*_#:]*(?:is\s+|of\s+)?\[?\s*(\d{1,3}(?:\.\d+)?)(?![\d.]*\d)/i.exec(withoutLinks(text));
  if (!match) return null;
  const grade = Number(match[1]);
  return grade <= 100 ? grade : null;
}

/** The grade from the grade section, or from the intro when the level has no grade section. */
export function levelGrade(level: Pick<Level, "gradeText" | "intro">): number | null {
  return level.gradeText.trim() !== "" ? gradeIn(level.gradeText) : gradeIn(level.intro);
}

/** "Group Manager, Product (GMP)" → "GMP". */
export function abbreviationIn(title: string): string | null {
  const match = /\(([A-Z][A-Z0-9&+./-]{1,11})\)\s*$/.exec(title);
  return match && /[A-Z].*[A-Z]|[A-Z][0-9]/.test(match[1]) ? match[1] : null;
}

const REPORTS = /\b(?:reports?|reporting)\s+(?:(?:either|directly|primarily|also|in)\s+)?to\b/i;
const ABBREVIATIONS = new Set(["sr", "jr", "dr", "mr", "ms", "mrs", "st", "vs", "etc", "e.g", "i.e", "eg", "ie"]);

/** The reporting line as written, from "reports …" to the end of its sentence. */
export function reportingLineIn(text: string): string | null {
  const match = REPORTS.exec(text);
  if (!match) return null;
  const start = match.index;
  return text.slice(start, sentenceEnd(text, start)).trim() || null;
}

/** Where the sentence from `start` ends: a full stop outside links and brackets, or a blank line. */
function sentenceEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "(") depth++;
    else if ((c === "]" || c === ")") && depth > 0) depth--;
    else if (c === "\n" && text[i + 1] === "\n") return i;
    else if (depth === 0 && (c === "." || c === "!" || c === "?") && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      const word = /([\w.]+)$/.exec(text.slice(start, i))?.[1]?.toLowerCase() ?? "";
      if (c === "." && ABBREVIATIONS.has(word)) continue;
      return i;
    }
  }
  return text.length;
}

/** The level's reporting line: in its intro, else its grade section, else its other sections. */
export function levelReportsTo(level: Pick<Level, "intro" | "gradeText" | "sections">): string | null {
  for (const text of [level.intro, level.gradeText, ...level.sections.map((s) => s.body)]) {
    const line = reportingLineIn(text);
    if (line) return line;
  }
  return null;
}

/**
 * Where a career-ladder sentence leads: the first link to a level of this family (`#anchor`) or
 * to a job-family page, nested or not, relative to the page at `pageUrl` or from the site's root
 * (`/job-families/<department>/…/<family>/[#anchor]`, also as an absolute URL of any host).
 */
export function nextStepTarget(text: string, pageUrl: string): NextStep["target"] {
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
    const target = linkTarget(/^https?:\/\/[^/]+(\/job-families\/.*)$/i.exec(match[1])?.[1] ?? match[1], pageUrl);
    if (target?.kind === "anchor") return { department: null, family: null, level: target.anchor };
    if (target?.kind === "family") return { department: target.department, family: target.slug, level: target.anchor };
  }
  return null;
}

/**
 * Each level's anchor, as the handbook's renderer makes it from the title, numbered on repeats
 * the way kramdown does ("-1", "-2").
 */
export function levelIds(titles: string[]): string[] {
  const seen = new Set<string>();
  return titles.map((title, i) => {
    let base = headingAnchor(withoutLinks(title).replace(/\s+/g, " ").trim());
    if (!/^[a-z0-9][a-z0-9-]*$/.test(base)) base = slugify(title) || `level-${i + 1}`;
    base = base.slice(0, 190);
    let id = base;
    for (let n = 1; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}
