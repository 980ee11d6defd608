import type { HiringStage, Item, Level, LevelPart, Specialty } from "../document";
import { renderEntries } from "./export-entries";
import { levelHeading } from "./headings";
import { DEPTH } from "./layout";
import { levelGrade, levelReportsTo } from "./level-facts";
import { headingLine, joinBlocks } from "./verbatim";

/** A part under its heading, or nothing when the part is empty. */
export function part(depth: number, heading: string, body: string): string {
  return body === "" ? "" : joinBlocks([headingLine(depth, heading), body]);
}

export function renderStages(stages: HiringStage[]): string {
  const entries: Item[] = stages.map((s) => ({ kind: s.kind === "stage" ? "item" : "note", text: s.text, ordered: false, children: [] }));
  return renderEntries(entries, false, null);
}

/**
 * A level as the handbook writes one: `### <Level>`, its intro, then `#### <Level> - Job Grade`,
 * `- Responsibilities`, `- Requirements`, `- Performance Indicators`, `- Career Ladder`,
 * `- Specialties`, `- Hiring Process`, then its other sections.
 */
export function renderLevel(level: Level): string {
  const depth = DEPTH.level;
  const sub = (key: LevelPart, body: string) => part(DEPTH.levelPart, level.headings?.[key] ?? levelHeading(level.title, key), body);
  return joinBlocks([
    headingLine(depth, level.title),
    levelIntro(level),
    sub("grade", gradeText(level)),
    sub("responsibilities", renderEntries(level.responsibilities, false, DEPTH.levelPart + 1)),
    sub("requirements", renderEntries(level.requirements, false, DEPTH.levelPart + 1)),
    sub("performanceIndicators", renderEntries(level.performanceIndicators, false, DEPTH.levelPart + 1)),
    sub("nextStep", level.nextStep?.text ?? ""),
    sub("specialties", joinBlocks(level.specialties.map((s) => renderSpecialty(s, DEPTH.levelSpecialty)))),
    sub("hiringProcess", renderStages(level.hiringProcess)),
    ...level.sections.map((s) => joinBlocks([headingLine(DEPTH.levelPart, s.heading), s.body])),
  ]);
}

/**
 * The intro as written. The reporting line is read from the prose; one set without prose that
 * says it (an edit through a form) is written as a sentence of its own.
 */
function levelIntro(level: Level): string {
  if (level.reportsTo === null || levelReportsTo(level) === level.reportsTo) return level.intro;
  const sentence = /^report/i.test(level.reportsTo) ? `The ${level.title} ${level.reportsTo}.` : `Reports to ${level.reportsTo}.`;
  return joinBlocks([level.intro, sentence]);
}

/** The grade sentence as written; a grade set without one gets the handbook's sentence. */
function gradeText(level: Level): string {
  if (level.gradeText !== "" || level.grade === null || levelGrade(level) === level.grade) return level.gradeText;
  return `The ${level.title} is a grade ${level.grade}.`;
}

/**
 * A specialty: `<depth> <name>`, its description, its responsibilities and requirements under
 * bold labels as the reference page writes them (or sub-headings, when a group in them needs a
 * heading of its own), then its sections.
 */
export function renderSpecialty(specialty: Specialty, depth: number): string {
  let headings = false;
  const list = (label: string, entries: Item[]) => {
    if (entries.length === 0) return "";
    const bold = renderEntries(entries, false, null);
    headings ||= renderEntries(entries, false, depth + 2) !== bold;
    return headings
      ? joinBlocks([headingLine(depth + 1, label), renderEntries(entries, false, depth + 2)])
      : joinBlocks([`**${label}**`, bold]);
  };
  return joinBlocks([
    headingLine(depth, specialty.name),
    specialty.description,
    list("Responsibilities", specialty.responsibilities),
    list("Requirements", specialty.requirements),
    ...specialty.sections.map((s) => joinBlocks([headingLine(depth + 1, s.heading), s.body])),
  ]);
}
