import { describe, expect, it } from "vitest";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";

const read = (source: string) => {
  const warnings: string[] = [];
  const family = parseFamilyMarkdown(source, { file: "loose.md", department: "engineering", slug: "loose", onWarning: (w) => warnings.push(w) });
  return { family, warnings };
};

describe("front matter without its opening ---", () => {
  it("imports a page that starts with `layout: job_family_page`, warning on line 1", () => {
    const { family, warnings } = read("layout: job_family_page\ntitle: Loose Engineer\ndescription: Builds things\n---\n\n## Responsibilities\n\n* Build\n");
    expect(family.title).toBe("Loose Engineer");
    expect(family.description).toBe("Builds things");
    expect(family.frontMatter).toEqual({ layout: "job_family_page" });
    expect(family.responsibilities.map((r) => r.text)).toEqual(["Build"]);
    expect(warnings).toEqual(["loose.md:1: front matter has no opening `---`: lines 1-3 read as front matter"]);
  });

  it("names the right file line for an error in such front matter (no `---` line to count)", () => {
    expect(() => read("layout: job_family_page\ntitle: [unclosed\n---\n\nText\n")).toThrow(/^loose\.md:2: front matter is not valid YAML/);
    expect(() => read("layout: job_family_page\ndescription: no title\n---\n")).toThrow(/^loose\.md:1: no title/);
  });

  it("still refuses a page with no front matter at all, and warns about nothing on a well-formed page", () => {
    expect(() => read("# Just a heading\n\nText\n")).toThrow(/^loose\.md:1: no front matter/);
    expect(() => read("layout: job_family_page\ntitle: Never closed\n")).toThrow(/^loose\.md:1: no front matter/);
    expect(read("---\ntitle: Fine\n---\n").warnings).toEqual([]);
  });
});
