import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { familyToMarkdown } from "../../../lib/families/markdown/export";
import { familyLocation, parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { wordCoverage } from "../../../lib/families/markdown/words";
import { expectSameRevision } from "./lossless";
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
      expectSameRevision(parseFamilyMarkdown(exported, where), family);
      expect(familyToMarkdown(parseFamilyMarkdown(exported, where))).toBe(exported);
    });
  });
});

/**
 * Pages not in the corpus are messy in the same ways, so the real pages are also checked with
 * every heading one level up or down, and with their top-level sections in reverse order.
 */
const variants: Record<string, (body: string) => string> = {
  "headings one level up": (body) => shiftHeadings(body, -1),
  "headings one level down": (body) => shiftHeadings(body, 1),
  "sections reversed": (body) => {
    const [lead, ...sections] = body.split(/\n(?=## )/);
    return [lead, ...sections.reverse()].join("\n");
  },
};

function shiftHeadings(body: string, by: number): string {
  let fenced = false;
  return body
    .split("\n")
    .map((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      const hashes = /^(#{1,6}) /.exec(line)?.[1];
      if (fenced || !hashes) return line;
      return "#".repeat(Math.min(6, Math.max(1, hashes.length + by))) + line.slice(hashes.length);
    })
    .join("\n");
}

describe.skipIf(!hasSharedData)("real pages, rearranged", () => {
  const cases = pages().flatMap((path) =>
    Object.keys(variants).map((variant) => ({ path, variant, name: relative(sharedDir, path) })),
  );
  it.each(cases)("$name, $variant: every word kept, same document back", ({ path, variant }) => {
    const original = readFileSync(path, "utf8");
    const end = original.indexOf("\n---\n", 4) + 5;
    const source = original.slice(0, end) + variants[variant](original.slice(end));
    const where = { file: path, ...familyLocation(path) };
    const family = parseFamilyMarkdown(source, where);
    const exported = familyToMarkdown(family);
    expect(wordCoverage(source, exported).missing).toEqual([]);
    expectSameRevision(parseFamilyMarkdown(exported, where), family);
  });
});

if (!hasSharedData) console.warn(`corpus tests skipped: ${missingSharedDataReason}`);
