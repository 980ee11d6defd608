import { describe, expect, it } from "vitest";
import { listDepartments, listFamilyCards, listRecentlyChanged } from "../../../lib/families/catalog";
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

  it.skipIf(store.skip)("sum each department up (families, grade range, last change) and list the families changed last", async () => {
    const db = database().db;
    const save = (department: string, slug: string, levels: Level[]) =>
      saveRevision(db, { document: { ...emptyFamily(department, slug, slug.toUpperCase()), levels }, baseRevision: null, author, summary: "" });
    await save("design", "ux", [level("a", 9.5), level("b", 12)]);
    await save("design", "research", [level("c", 8), level("d", null)]);
    await save("finance", "controller", [level("e", null)]);
    await save("legal", "counsel", [level("f", 11)]);

    const mine = ["design", "finance", "legal"];
    const departments = (await listDepartments(db)).filter((d) => mine.includes(d.slug));
    expect(departments.map(({ updatedAt, ...d }) => (expect(updatedAt).toBeInstanceOf(Date), d))).toEqual([
      { slug: "design", name: "Design", families: 2, grades: { min: 8, max: 12 } },
      { slug: "finance", name: "Finance", families: 1, grades: null },
      { slug: "legal", name: "Legal", families: 1, grades: { min: 11, max: 11 } },
    ]);

    // Changed last first: a new revision of the first family puts it back on top.
    await saveRevision(db, { document: { ...emptyFamily("design", "ux", "UX again"), levels: [] }, baseRevision: 1, author, summary: "" });
    expect((await listRecentlyChanged(db, 2)).map((c) => `${c.department}/${c.slug}`)).toEqual(["design/ux", "legal/counsel"]);
    expect((await listDepartments(db)).find((d) => d.slug === "design")?.grades).toEqual({ min: 8, max: 8 });
  });
});
