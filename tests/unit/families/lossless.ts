import { expect } from "vitest";
import { type JobFamily, jobFamilySchema } from "../../../lib/families/document";
import { familyToMarkdown } from "../../../lib/families/markdown/export";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { wordCoverage } from "../../../lib/families/markdown/words";

/** A page with front matter around a markdown body, as the handbook writes them. */
export function page(body: string, front = 'title: "Data Engineering"'): string {
  return `---\nlayout: job_family_page\n${front}\n---\n\n${body}`;
}

export function importPage(source: string): JobFamily {
  return parseFamilyMarkdown(source, { file: "fixture.md", department: "engineering", slug: "data-engineering" });
}

/**
 * Imports a page and checks the promise every import makes: the export keeps every word of the
 * source, and importing the export gives the same document back.
 */
export function importLosslessly(source: string): JobFamily {
  const family = importPage(source);
  const exported = familyToMarkdown(family);
  expect(wordCoverage(source, exported).missing).toEqual([]);
  expectSameRevision(importPage(exported), family);
  return family;
}

/**
 * The same document as a revision sees it: equal, and equal as normalised JSON text, which is
 * how saving a revision tells "unchanged" (so key order in records counts).
 */
export function expectSameRevision(actual: JobFamily, expected: JobFamily): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(jobFamilySchema.parse(actual))).toBe(JSON.stringify(jobFamilySchema.parse(expected)));
}
