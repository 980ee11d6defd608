import { describe, expect, it } from "vitest";
import { ImportError, parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { MARKDOWN_LIMITS } from "../../../lib/markdown/limits";

const where = { file: "job-families/data/analyst/index.html.md", department: "data", slug: "analyst" };
const page = (body: string) => `---\ntitle: Analyst\n---\n\n## Responsibilities\n\n${body}\n`; // body starts on line 7

/** The ImportError the importer throws, and how long it took to decide. */
function refusal(source: string | Uint8Array) {
  const started = performance.now();
  try {
    parseFamilyMarkdown(source, where);
  } catch (error) {
    if (error instanceof ImportError) return { error, ms: performance.now() - started };
    throw error;
  }
  throw new Error("expected the importer to refuse the file");
}

const list = (n: number, line = (i: number) => `* item ${i}`) => Array.from({ length: n }, (_, i) => line(i)).join("\n");

describe("import limits: checked before parsing, failing fast with the file and line", () => {
  it("a file larger than the size limit (a 9 MB nested list took minutes)", () => {
    const huge = new TextEncoder().encode(page(list(3000, (i) => `${"  ".repeat(i)}* x`)));
    const { error, ms } = refusal(huge);
    expect(error.message).toBe(`${where.file}:1: too large: ${huge.byteLength} bytes (the import limit is ${MARKDOWN_LIMITS.size})`);
    expect(ms).toBeLessThan(500);
  });

  it("a list nested deeper than the depth limit, on its line", () => {
    const { error } = refusal(page(list(40, (i) => `${"  ".repeat(i)}* x`)));
    expect(error.message).toMatch(new RegExp(`^${where.file}:${7 + MARKDOWN_LIMITS.depth}: nested too deeply`));
  });

  it("5,000 nested `>` in an item, on its line", () => {
    const { error, ms } = refusal(page(`* intro\n* ${">".repeat(5000)} x`));
    expect(error.message).toMatch(/:8: nested too deeply: \d+ levels of lists or quotes \(at most 32\)/);
    expect(ms).toBeLessThan(500);
  });

  it("an item of 5,000 `*`, x, 5,000 `*` (it imported, then its page failed), on its line", () => {
    const { error, ms } = refusal(page(`* fine\n* ${"*".repeat(5000)}x${"*".repeat(5000)}`));
    expect(error.message).toMatch(/:8: too many emphasis markers/);
    expect(ms).toBeLessThan(500);
  });

  it("more list items than the item limit", () => {
    const { error } = refusal(page(list(MARKDOWN_LIMITS.listItems + 1)));
    expect(error.message).toMatch(new RegExp(`:${7 + MARKDOWN_LIMITS.listItems}: too many list items`));
  });

  it("the error points the reader to the documented limits", () => {
    expect(refusal(page(`* ${">".repeat(100)}`)).error.reason).toMatch(/import limits are in the README/);
  });
});

describe("below the limits the work is linear", () => {
  it("imports a flat list just under the item limit", () => {
    const family = parseFamilyMarkdown(page(list(MARKDOWN_LIMITS.listItems - 10)), where);
    expect(family.responsibilities).toHaveLength(MARKDOWN_LIMITS.listItems - 10);
  });

  it("imports a list nested as deep as the limit allows", () => {
    const levels = MARKDOWN_LIMITS.depth / 2;
    let item = parseFamilyMarkdown(page(list(levels, (i) => `${"  ".repeat(i)}* level ${i}`)), where).responsibilities[0];
    let depth = 1;
    while (item.kind === "item" && item.children.length > 0) [item, depth] = [item.children[0], depth + 1];
    expect(depth).toBe(levels);
  });
});
