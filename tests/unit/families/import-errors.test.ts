import { describe, expect, it } from "vitest";
import { familyToMarkdown } from "../../../lib/families/markdown/export";
import { ImportError, parseFamilyMarkdown } from "../../../lib/families/markdown/import";

const where = { file: "job-families/data/analyst/index.html.md", department: "data", slug: "analyst" };

function failure(source: string | Uint8Array): ImportError {
  try {
    parseFamilyMarkdown(source, where);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("files the importer refuses, naming the line", () => {
  it("front matter that is not YAML: the line of the entry left open", () => {
    const error = failure("---\nlayout: job_family_page\ntitle: [Analyst\n---\n\nText.\n");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^job-families\/data\/analyst\/index\.html\.md:3: front matter is not valid YAML/);
  });

  it("front matter with a line that is not `key: value`", () => {
    expect(failure("---\ntitle: Analyst\nlayout job_family_page\nmore: x\n---\n").line).toBe(3);
  });

  it("a repeated key", () => {
    expect(failure("---\ntitle: Analyst\ntitle: Engineer\n---\n").message).toMatch(/:3: .*unique/);
  });

  it("a description that is a list or map, which the document cannot keep as text", () => {
    expect(failure("---\ntitle: Analyst\ndescription:\n  - a\n---\n").message).toMatch(/:3: .*description.* must be text/);
    expect(failure("---\ntitle: Analyst\nlayout: x\ndescription: { a: 1 }\n---\n").message).toMatch(
      /:4: .*description.* must be text/,
    );
  });

  it("a `__proto__` key, which the document's front matter record cannot hold", () => {
    expect(failure("---\ntitle: Analyst\n__proto__: x\n---\n").message).toMatch(/:3: front matter key `__proto__`/);
    expect(failure("---\ntitle: Analyst\nextra:\n  __proto__: { a: 1 }\n---\n").message).toMatch(/:4: .*__proto__/);
  });

  it.each([
    ["!!binary", "bin: !!binary aGVsbG8="],
    ["!!timestamp", "when: !!timestamp 2001-12-14"],
    ["!!set", "tags: !!set {a, b}"],
    ["!!omap", "order: !!omap [a: 1]"],
  ])("a %s value, on the line of its key (not line 1)", (_tag, entry) => {
    const key = entry.split(":")[0];
    const error = failure(`---\ntitle: Analyst\nlayout: x\n${entry}\n---\n\nText.\n`);
    expect(error.message).toMatch(new RegExp(`:4: front matter key \`${key}\` is not plain data`));
  });

  it("a tagged value nested under a key, on the line of that key", () => {
    expect(failure("---\ntitle: Analyst\nextra:\n  when: !!timestamp 2001-12-14\n---\n").message).toMatch(/:3: front matter key `extra`/);
  });

  it("front matter that never closes", () => {
    expect(failure("---\ntitle: Analyst\n\n## Levels\n").message).toBe(`${where.file}:1: front matter is not closed with \`---\``);
  });

  it("no front matter, or no title in it", () => {
    expect(failure("# Analyst\n\nText.\n").message).toMatch(/:1: no front matter/);
    expect(failure("---\nlayout: job_family_page\n---\n").message).toMatch(/:1: no title/);
    expect(failure('---\nlayout: job_family_page\ntitle: "  "\n---\n').message).toMatch(/:3: no title/);
    expect(failure("---\ntitle:\n  - a\n---\n").message).toMatch(/:2: .*title.* must be text/);
  });

  it("bytes that are not UTF-8, on the line where they are", () => {
    const bytes = new TextEncoder().encode("---\ntitle: Analyst\n---\n\nCaf\u00e9 ok\n");
    const broken = new Uint8Array([...bytes, 0x62, 0xff, 0x0a]);
    const error = failure(broken);
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/not UTF-8/);
  });

  it("an overlong UTF-8 sequence", () => {
    expect(failure(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xc0, 0xaf])).line).toBe(2);
  });

  it("a NUL character (a binary file)", () => {
    expect(failure(new TextEncoder().encode("---\ntitle: A\n---\n\x00")).line).toBe(4);
    expect(failure("---\ntitle: A\n---\n\nx\x00").message).toMatch(/:5: not text: contains a NUL/);
  });

  it("takes UTF-8 bytes with a byte-order mark and Windows line ends", () => {
    const bytes = new TextEncoder().encode("\ufeff---\r\ntitle: Analyst\r\n---\r\n\r\n## Responsibilities\r\n* Analyse\r\n");
    const family = parseFamilyMarkdown(bytes, where);
    expect(family.title).toBe("Analyst");
    expect(family.responsibilities.map((i) => i.text)).toEqual(["Analyse"]);
  });

  it("accepts a quoted value continued at column 0, as the handbook's YAML reader does", () => {
    const family = parseFamilyMarkdown('---\ntitle: "Analyst"\ndescription: "Analysts at the company\nwork with data"\n---\n', where);
    expect(family.description).toBe("Analysts at the company work with data");
  });

  it("takes a number or boolean title and description as written, not as YAML reads them", () => {
    const family = parseFamilyMarkdown("---\ntitle: 1.50\ndescription: 0x1F\n---\n", where);
    expect([family.title, family.description]).toEqual(["1.50", "0x1F"]);
    const again = parseFamilyMarkdown(familyToMarkdown(family), where);
    expect([again.title, again.description]).toEqual(["1.50", "0x1F"]);
  });
});
