import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RENDERER_VERSION, familyHtml } from "../../../lib/families/html/family";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";

const seed = (department: string, slug: string) =>
  parseFamilyMarkdown(readFileSync(join("db", "seed", "job-families", department, slug, "index.html.md")), {
    file: `${slug}.md`,
    department,
    slug,
  });

describe("a family document as HTML", () => {
  const family = seed("product", "product-leadership");
  const html = familyHtml(family);

  it("keeps every handbook anchor: sections, levels and their parts", () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids).toContain("levels");
    for (const level of family.levels) {
      expect(ids).toContain(level.id);
      if (level.responsibilities.length) expect(ids).toContain(`${level.id}---responsibilities`);
      if (level.requirements.length) expect(ids).toContain(`${level.id}---requirements`);
      if (level.hiringProcess.length) expect(ids).toContain(`${level.id}---hiring-process`);
    }
  });

  it("is sanitised: script, event handlers and javascript: links from content do not survive", () => {
    const hostile = {
      ...family,
      responsibilities: [{ kind: "item" as const, text: '<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1))', ordered: false, children: [] }],
      levels: [{ ...family.levels[0], title: '<b onclick="x">"Lead"</b>' }],
    };
    const out = familyHtml(hostile);
    expect(out).not.toMatch(/<script|<[^>]*\son\w+=|href="javascript:/i);
    expect(out).toContain("&lt;b onclick=&quot;x&quot;&gt;");
  });

  it(`matches the fingerprint of renderer version ${RENDERER_VERSION} (changed the markup? bump RENDERER_VERSION and this fingerprint)`, () => {
    // Stored renders are keyed by RENDERER_VERSION: markup that changes without a bump would
    // leave old renders in use next to new ones.
    const fingerprint = createHash("sha256").update(familyHtml(seed("engineering", "software-engineer"))).digest("hex").slice(0, 16);
    expect({ version: RENDERER_VERSION, fingerprint }).toEqual({ version: 2, fingerprint: "b6c91374d7751696" });
  });
});
