import type { JobFamily } from "../families/document";
import { familyAnchors } from "../families/anchors";
import { safeDecode } from "../families/links";
import { slugFromFolders } from "../families/paths";
import type { Finding } from "./rules";
import { proseFields } from "./text-fields";

/** The families that exist, each with its level ids: `{"product/pm": ["junior", "senior"]}`. */
export type LinkIndex = Record<string, string[]>;

const LINK = /\]\(\s*(\/job-families\/[^)\s#?]*)/g;
/** A link to a place on the family's own page: `[requirements](#senior---requirements)`. */
const ANCHOR = /\]\(\s*#([^)\s]+)\s*\)/g;

/** Which family (and level) a portal or handbook address names, or why it names none. */
function resolve(index: LinkIndex, address: string): string | null {
  const [department, ...rest] = address.replace(/^\/job-families\//, "").split("/").filter(Boolean);
  if (!department || rest.length === 0) return null; // a department page: not checked here
  // Handbook addresses nest folders (`infrastructure/sre`); the portal joins them into one slug.
  for (let k = rest.length; k >= 1; k--) {
    const key = `${department}/${slugFromFolders(rest.slice(0, k))}`;
    if (!index[key]) continue;
    const level = rest.slice(k);
    if (level.length === 0) return null;
    return level.length === 1 && index[key].includes(level[0]) ? null : `no level “${level.join("/")}” in ${key}`;
  }
  return `no job family at ${address}`;
}

/**
 * Links to families or levels that do not exist, or to places the family's own page does not
 * have (`#senior---requirements`, which a level's page also sends to the family's page), in the
 * text and in each level's next step.
 */
export function brokenLinks(family: JobFamily, index: LinkIndex): Finding[] {
  const self = `${family.department}/${family.slug}`;
  const withSelf: LinkIndex = { ...index, [self]: family.levels.map((l) => l.id) };
  const findings: Finding[] = [];
  let anchors: Set<string> | undefined;
  for (const { path, text } of proseFields(family)) {
    for (const match of text.matchAll(LINK)) {
      const problem = resolve(withSelf, match[1]);
      if (problem) findings.push({ rule: "links", path, message: `Link to ${match[1]}: ${problem}` });
    }
    for (const match of text.matchAll(ANCHOR)) {
      anchors ??= familyAnchors(family);
      const anchor = safeDecode(match[1]);
      if (!anchors.has(anchor)) findings.push({ rule: "links", path, message: `Link to #${anchor}: the family's page has no such place` });
    }
  }
  family.levels.forEach((level, i) => {
    const target = level.nextStep?.target;
    if (!target?.level && !target?.family) return;
    const key = `${target.department ?? family.department}/${target.family ?? family.slug}`;
    const levels = withSelf[key];
    const path = `levels.${i}.nextStep.target`;
    if (!levels) findings.push({ rule: "links", path, message: `The next step leads to ${key}, which does not exist` });
    else if (target.level && !levels.includes(target.level)) findings.push({ rule: "links", path, message: `The next step leads to level “${target.level}”, which ${key} does not have` });
  });
  return findings;
}
