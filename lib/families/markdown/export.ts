import type { FamilyPart, JobFamily } from "../document";
import { renderEntries } from "./export-entries";
import { part, renderLevel, renderSpecialty, renderStages } from "./export-parts";
import { frontMatterToYaml } from "./front-matter";
import { FAMILY_HEADINGS } from "./headings";
import { DEPTH } from "./layout";
import { foldersFromSlug } from "../paths";
import { headingLine, joinBlocks } from "./verbatim";

/**
 * A family as handbook markdown: front matter (title, description, the other keys), the
 * overview, then References, Responsibilities, Requirements, Levels, Specialties, Performance
 * Indicators, Career Ladder, Hiring Process under the handbook's headings (or the source's own
 * wording of them), then the sections the structure does not model. Deterministic, and written
 * so that importing it gives the same document back.
 */
export function familyToMarkdown(family: JobFamily): string {
  const heading = (key: FamilyPart) => family.headings?.[key] ?? FAMILY_HEADINGS[key];
  const depth = DEPTH.familyPart;
  const section = (key: FamilyPart, body: string) => part(depth, heading(key), body);
  const body = joinBlocks([
    family.overview,
    section("references", renderEntries(family.references, false, depth + 1)),
    section("responsibilities", renderEntries(family.responsibilities, false, depth + 1)),
    section("requirements", renderEntries(family.requirements, false, depth + 1)),
    section("levels", joinBlocks(family.levels.map((level) => renderLevel(level)))),
    section("specialties", joinBlocks(family.specialties.map((s) => renderSpecialty(s, DEPTH.familySpecialty)))),
    section("performanceIndicators", renderEntries(family.performanceIndicators, false, depth + 1)),
    section("careerLadder", family.careerLadder),
    section("hiringProcess", renderStages(family.hiringProcess)),
    ...family.sections.map((s) => joinBlocks([headingLine(depth, s.heading), s.body])),
  ]);
  const front = frontMatterToYaml(family.title, family.description, family.frontMatter);
  return body === "" ? front : `${front}\n${body}\n`;
}

/**
 * Where the handbook keeps the family's page: `job-families/<department>/<folders>/index.html.md`,
 * each `--` of a nested slug a folder again, so importing the file gives back the same family.
 */
export function exportPath(family: Pick<JobFamily, "department" | "slug">): string {
  return `job-families/${family.department}/${foldersFromSlug(family.slug).join("/")}/index.html.md`;
}
