import { hasSpecialtiesPart } from "./anchors";
import type { JobFamily } from "./document";

export type ContentsEntry = { id: string; label: string; detail?: string; children?: ContentsEntry[] };

/**
 * The family page's table of contents: its headed parts in page order, levels nested under
 * "Levels" with their grades. Ids are the handbook's anchors, as the page renders them.
 */
export function familyContents(family: JobFamily): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  const add = (present: boolean, id: string, label: string, children?: ContentsEntry[]) => {
    if (present) entries.push({ id, label, children });
  };
  add(family.levels.length > 1, "ladder", "The ladder");
  add(family.references.length > 0, "references", "References");
  add(family.responsibilities.length > 0, "responsibilities", "Responsibilities");
  add(family.requirements.length > 0, "requirements", "Requirements");
  add(
    family.levels.length > 0,
    "levels",
    "Levels",
    family.levels.map((l) => ({ id: l.id, label: l.title, detail: l.grade === null ? undefined : String(l.grade) })),
  );
  add(hasSpecialtiesPart(family), "specialties", "Specialties");
  add(family.performanceIndicators.length > 0, "performance-indicators", "Performance indicators");
  add(family.careerLadder.trim() !== "", "career-ladder", "Career ladder");
  add(family.hiringProcess.length > 0, "hiring-process", "Hiring process");
  return entries;
}
