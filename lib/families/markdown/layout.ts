/**
 * The heading depths of an exported page. The importer needs them too: content it keeps verbatim
 * under a heading is stored with its sub-headings already one level below where the export will
 * put that heading, so that the export re-imports into the same tree.
 */
export const DEPTH = {
  /** `## Levels`, `## Hiring Process`, `## <section>` */
  familyPart: 2,
  /** `### <Level>` */
  level: 3,
  /** `#### <Level> - Job Grade`, `#### <section>` */
  levelPart: 4,
  /** `### <Specialty>` under `## Specialties` */
  familySpecialty: 3,
  /** `##### <Specialty>` under `#### <Level> - Specialties` */
  levelSpecialty: 5,
} as const;

/** Where each owner's sections are written. */
export const SECTION_DEPTH = {
  family: DEPTH.familyPart,
  level: DEPTH.levelPart,
  familySpecialty: DEPTH.familySpecialty + 1,
  levelSpecialty: DEPTH.levelSpecialty + 1,
} as const;
