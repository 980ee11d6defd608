import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { familyToMarkdown } from "../../../lib/families/markdown/export";
import { familyLocation, parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { wordCoverage } from "../../../lib/families/markdown/words";
import { hasSharedData, missingSharedDataReason, referencePage, sharedDir } from "../../support/shared-data";

/** The reference page and every handbook page of the corpus (its README is about the corpus, not a page). */
function pages(): string[] {
  if (!hasSharedData) return [];
  const corpus = join(sharedDir, "corpus");
  const found = readdirSync(corpus, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.md(?:\.erb)?$/.test(e.name) && e.name !== "README.md")
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return [referencePage, ...found];
}

// Skipped, not failed, on a machine without the reference data: missingSharedDataReason says why.
describe.skipIf(!hasSharedData)(`real handbook pages (${hasSharedData ? sharedDir : missingSharedDataReason})`, () => {
  it("finds the reference page and the corpus", () => {
    expect(pages().length).toBeGreaterThanOrEqual(11);
  });

  describe.each(pages().map((path) => ({ path, name: relative(sharedDir, path) })))("$name", ({ path, name }) => {
    const source = readFileSync(path);
    const where = { file: name, ...familyLocation(path) };

    it("exports with at least 99.5% of its words", () => {
      const exported = familyToMarkdown(parseFamilyMarkdown(source, where));
      const { ratio, missing } = wordCoverage(source.toString("utf8"), exported);
      console.log(`word coverage ${(ratio * 100).toFixed(2)}% ${name}${missing.length ? ` (missing: ${missing.join(" ")})` : ""}`);
      expect(ratio).toBeGreaterThanOrEqual(0.995);
    });

    it("re-imports its export as the same document", () => {
      const family = parseFamilyMarkdown(source, where);
      const exported = familyToMarkdown(family);
      expect(parseFamilyMarkdown(exported, where)).toEqual(family);
      expect(familyToMarkdown(parseFamilyMarkdown(exported, where))).toBe(exported);
    });
  });
});

if (!hasSharedData) console.warn(`corpus tests skipped: ${missingSharedDataReason}`);
