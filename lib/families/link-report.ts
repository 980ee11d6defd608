import type { LinkReference, Nodes } from "mdast";
import { familyAnchors } from "./anchors";
import type { Item, JobFamily, Specialty } from "./document";
import { familyHandbookUrl, linkTarget } from "./links";
import { parseMarkdown } from "./markdown/outline";

/** A link in a family's content that leads to no family, or to an anchor its page does not have. */
export type DeadLink = {
  family: string;
  /** Where the family was imported from, when known. */
  sourcePath: string | null;
  text: string;
  target: string;
  reason: string;
};

type Family = { document: JobFamily; sourcePath: string | null };

/**
 * Every dead link to a job family, a department or an anchor, in all families' current content.
 * Links to the rest of the handbook and to other sites are not checked: the portal does not
 * answer them (they go to LADDER_HANDBOOK_URL, or are shown as text).
 */
export function findDeadLinks(families: Family[]): DeadLink[] {
  const byKey = new Map(families.map((f) => [`${f.document.department}/${f.document.slug}`, f.document]));
  const departments = new Set(families.map((f) => f.document.department));
  const anchorsOf = memo((key: string) => familyAnchors(byKey.get(key)!));
  const dead: DeadLink[] = [];
  for (const { document, sourcePath } of families) {
    const self = `${document.department}/${document.slug}`;
    const pageUrl = familyHandbookUrl(document, sourcePath);
    for (const { text, url } of familyLinks(document)) {
      const target = linkTarget(url, pageUrl);
      const report = (reason: string) => dead.push({ family: self, sourcePath, text, target: url, reason });
      if (target?.kind === "anchor" && !anchorsOf(self).has(target.anchor)) report(`this page has no anchor #${target.anchor}`);
      if (target?.kind === "department" && target.department !== null && !departments.has(target.department)) {
        report(`no department ${target.department}`);
      }
      if (target?.kind === "family") {
        const key = `${target.department}/${target.slug}`;
        if (!byKey.has(key)) report(`no family ${key}`);
        else if (target.anchor !== null && !anchorsOf(key).has(target.anchor)) report(`${key} has no anchor #${target.anchor}`);
      }
    }
  }
  return dead;
}

/**
 * Every link in a family's markdown, with its text as shown. Reference definitions
 * (`[sales]: /job-families/sales/`) count for the whole page, as in the handbook.
 */
export function familyLinks(family: JobFamily): { text: string; url: string }[] {
  const found: { text: string; url: string }[] = [];
  const definitions = new Map<string, string>();
  const references: LinkReference[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "link") found.push({ text: plainText(node), url: node.url });
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    if (node.type === "linkReference") references.push(node);
    if ("children" in node) node.children.forEach(walk);
  };
  // One document, as the page was: a reference link only parses where its definition is.
  walk(parseMarkdown(familyMarkdown(family).join("\n\n")));
  for (const ref of references) {
    const url = definitions.get(ref.identifier);
    if (url !== undefined) found.push({ text: plainText(ref), url });
  }
  return found;
}

function familyMarkdown(family: JobFamily): string[] {
  const items = (list: Item[]): string[] => list.flatMap((i) => [i.text, ...items(i.children)]);
  const specialties = (list: Specialty[]) =>
    list.flatMap((s) => [s.description, ...items(s.responsibilities), ...items(s.requirements), ...s.sections.map((x) => x.body)]);
  return [
    family.description,
    family.overview,
    ...items(family.references),
    ...items(family.responsibilities),
    ...items(family.requirements),
    ...family.levels.flatMap((l) => [
      l.title,
      l.intro,
      l.gradeText,
      ...items(l.responsibilities),
      ...items(l.requirements),
      l.nextStep?.text ?? "",
      ...specialties(l.specialties),
      ...l.hiringProcess.map((s) => s.text),
      ...items(l.performanceIndicators),
      ...l.sections.map((s) => s.body),
    ]),
    ...specialties(family.specialties),
    ...items(family.performanceIndicators),
    family.careerLadder,
    ...family.hiringProcess.map((s) => s.text),
    ...family.sections.map((s) => s.body),
  ].filter((text) => text.includes("]"));
}

function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? node.children.map(plainText).join("") : "";
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}
