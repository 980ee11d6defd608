import { describe, expect, it } from "vitest";
import { listFamilyCards } from "../../../lib/families/catalog";
import { emptyFamily, emptyLevel, type Level } from "../../../lib/families/document";
import { saveRevision } from "../../../lib/revisions/save";
import { stores, useDatabase } from "../../support/databases";

const author = { id: null, name: "tester" };
const level = (id: string, grade: number | null): Level => ({
  ...emptyLevel(id, `Title ${id}`),
  abbreviation: id === "a" ? "A" : null,
  grade,
});

describe.each(stores)("family cards on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("list each family's newest levels in document order, optionally for one department", async () => {
    const db = database().db;
    const family = { ...emptyFamily("product", "pm", "PM"), levels: [level("a", 9.5), level("b", null)] };
    await saveRevision(db, { document: { ...family, levels: [level("old", 1)] }, baseRevision: null, author, summary: "" });
    await saveRevision(db, { document: family, baseRevision: 1, author, summary: "" });
    await saveRevision(db, { document: emptyFamily("engineering", "se", "SE"), baseRevision: null, author, summary: "" });

    const all = await listFamilyCards(db);
    expect(all.map((c) => `${c.department}/${c.slug}`)).toEqual(["engineering/se", "product/pm"]);
    expect(all[0].levels).toEqual([]);
    expect(all[1]).toMatchObject({ currentRevision: 2, departmentName: "Product" });
    expect(all[1].levels).toEqual([
      { id: "a", title: "Title a", abbreviation: "A", grade: 9.5 },
      { id: "b", title: "Title b", abbreviation: null, grade: null },
    ]);
    expect(all[1].updatedAt).toBeInstanceOf(Date);
    expect((await listFamilyCards(db, "engineering")).map((c) => c.slug)).toEqual(["se"]);
    expect(await listFamilyCards(db, "nothing")).toEqual([]);
  });
});
