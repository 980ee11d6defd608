import type { JobFamily, Level, Section, Specialty } from "./document";
import { headingAnchor } from "./names";

/**
 * The anchors a family's page has, as the family page renders them (app/_components/family):
 * its parts, each level and each level's parts (`senior---responsibilities`, as the handbook
 * names them), specialties and other sections under their heading's anchor. Links into a family
 * are checked against these (`ladder links`); a page component that adds or renames an anchor
 * should say so here.
 */
export function familyAnchors(family: JobFamily): Set<string> {
  const anchors = new Set<string>();
  const add = (present: boolean, id: string) => present && anchors.add(id);
  add(family.references.length > 0, "references");
  add(family.responsibilities.length > 0, "responsibilities");
  add(family.requirements.length > 0, "requirements");
  add(family.levels.length > 0, "levels");
  add(hasSpecialtiesPart(family), "specialties");
  add(family.performanceIndicators.length > 0, "performance-indicators");
  add(family.careerLadder.trim() !== "", "career-ladder");
  add(family.hiringProcess.length > 0, "hiring-process");
  for (const level of family.levels) levelAnchors(level).forEach((a) => anchors.add(a));
  specialtyAnchors(family.specialties, "").forEach((a) => anchors.add(a));
  sectionAnchors(family.sections).forEach((a) => anchors.add(a));
  return anchors;
}

/** The anchors of one level's parts: on the family page, and all a level's own page has of the content. */
export function levelAnchors(level: Level): string[] {
  const part = (present: boolean, name: string) => (present ? [`${level.id}---${name}`] : []);
  return [
    level.id,
    ...part(level.gradeText !== "", "job-grade"),
    ...part(level.responsibilities.length > 0, "responsibilities"),
    ...part(level.requirements.length > 0, "requirements"),
    ...part(level.nextStep !== null, "career-ladder"),
    ...part(level.specialties.length > 0, "specialties"),
    ...part(level.performanceIndicators.length > 0, "performance-indicators"),
    ...part(level.hiringProcess.length > 0, "hiring-process"),
    ...specialtyAnchors(level.specialties, `${level.id}-`),
    ...sectionAnchors(level.sections),
  ];
}

/**
 * Whether the page has a "Specialties" part (`#specialties`): the family's own specialties, or,
 * when it has none but its levels do, an index of theirs. Handbook pages link `#specialties`
 * from the overview and the hiring process even where specialties are only given per level.
 */
export function hasSpecialtiesPart(family: JobFamily): boolean {
  return family.specialties.length > 0 || family.levels.some((level) => level.specialties.length > 0);
}

/** A specialty's anchor: its heading's, after `prefix` (`{level id}-` for a level's). */
export const specialtyAnchor = (prefix: string, name: string) => `${prefix}${headingAnchor(name)}`;

const specialtyAnchors = (specialties: Specialty[], prefix: string) => specialties.map((s) => specialtyAnchor(prefix, s.name));
const sectionAnchors = (sections: Section[]) => sections.filter((s) => s.heading).map((s) => headingAnchor(s.heading));
