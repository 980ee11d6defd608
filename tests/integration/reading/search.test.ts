import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyFamily, emptyLevel } from "../../../lib/families/document";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { saveRevision } from "../../../lib/revisions/save";
import { search } from "../../../lib/search/search";
import { stores, useDatabase } from "../../support/databases";
import { hasSharedData, referencePage } from "../../support/shared-data";

const author = { id: null, name: "tester" };

describe.each(stores)("search on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("follows every save, weighs titles over items, filters by department, and escapes snippets", async () => {
    const db = database().db;
    const family = {
      ...emptyFamily("engineering", "widgets", "Widget Engineering"),
      levels: [
        { ...emptyLevel("widget-lead", "Widget Lead"), responsibilities: [{ kind: "item" as const, text: "Mentor <script>x</script> people", ordered: false, children: [] }] },
        { ...emptyLevel("mentor", "Mentor"), grade: 7 },
      ],
    };
    await saveRevision(db, { document: family, baseRevision: null, author, summary: "" });
    const results = await search(db, { q: "mentor" });
    expect(results.map((r) => r.level)).toEqual(["mentor", "widget-lead"]);
    expect(results[0]).toMatchObject({ department: "engineering", family: "widgets", title: "Mentor", url: "/job-families/engineering/widgets#mentor" });
    expect(results[1].snippet).toBe("<mark>Mentor</mark> x people");
    expect(results[1].snippet).not.toContain("<script");

    expect(await search(db, { q: "mentor", department: "product" })).toEqual([]);
    expect(await search(db, { q: "   " })).toEqual([]);
    expect(await search(db, { q: '"unbalanced -quote OR' })).toBeInstanceOf(Array);

    // A new revision replaces what search knows.
    await saveRevision(db, { document: { ...family, levels: [family.levels[0]] }, baseRevision: 1, author, summary: "" });
    expect((await search(db, { q: "mentor" })).map((r) => r.level)).toEqual(["widget-lead"]);
  });

  it.skipIf(store.skip || !hasSharedData)("finds every level of the reference family first by its title", async () => {
    const db = database().db;
    const family = parseFamilyMarkdown(readFileSync(referencePage), { file: "ref", department: "product", slug: "product-management-leadership" });
    await saveRevision(db, { document: family, baseRevision: null, author, summary: "" });
    for (const level of family.levels) {
      const [first] = await search(db, { q: level.title });
      expect(first, level.title).toMatchObject({ family: "product-management-leadership", level: level.id });
    }
  });
});
