import type { Item, JobFamily } from "../families/document";
import type { Finding } from "./rules";

function texts(items: Item[]): string[] {
  return items.flatMap((i) => [i.text, ...texts(i.children)]);
}

/**
 * Each level needs a grade, responsibilities, requirements, performance indicators and a hiring
 * process. The family-wide lists count for every level (the handbook states shared requirements
 * once), so a level only needs its own when the family has none.
 */
export function completeness(family: JobFamily): Finding[] {
  const findings: Finding[] = [];
  family.levels.forEach((level, i) => {
    const at = (part: string) => `levels.${i}.${part}`;
    const missing = (part: string, what: string) =>
      findings.push({ rule: "completeness", path: at(part), message: `${level.title || "This level"} has no ${what}` });
    if (level.grade === null) missing("grade", "grade");
    if (level.responsibilities.length === 0 && family.responsibilities.length === 0) missing("responsibilities", "responsibilities");
    if (level.requirements.length === 0 && family.requirements.length === 0) missing("requirements", "requirements");
    if (level.performanceIndicators.length === 0 && family.performanceIndicators.length === 0) missing("performanceIndicators", "performance indicators");
    if (level.hiringProcess.length === 0 && family.hiringProcess.length === 0) missing("hiringProcess", "hiring process");
  });
  return findings;
}

/** The phrase (e.g. "Ability to use GitLab") must appear in each level's requirements or the family's. */
export function requiredPhrase(family: JobFamily, phrase: string): Finding[] {
  const wanted = phrase.trim().toLowerCase();
  if (!wanted) return [];
  const has = (items: Item[]) => texts(items).some((t) => t.toLowerCase().includes(wanted));
  if (has(family.requirements)) return [];
  const where = family.levels.length === 0 ? [{ path: "requirements", title: family.title }] : family.levels.flatMap((l, i) => (has(l.requirements) ? [] : [{ path: `levels.${i}.requirements`, title: l.title }]));
  return where.map(({ path, title }) => ({ rule: "required-phrase", path, message: `The requirements of ${title} do not include “${phrase.trim()}”` }));
}
