import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../../db/seed/demo";
import type { Item, JobFamily } from "../../lib/families/document";
import { findDeadLinks } from "../../lib/families/link-report";
import { allCurrentFamilies, getFamilyRevision, listFamilies } from "../../lib/families/queries";
import { createPgliteDatabase, type TestDatabase } from "../support/databases";

const allItems = (items: Item[]): Item[] => items.flatMap((i) => [i, ...allItems(i.children)]);

describe("the demo content a fresh clone starts with", () => {
  let database: TestDatabase;
  const families: JobFamily[] = [];
  beforeAll(async () => {
    database = await createPgliteDatabase();
    await seedDemoContent(database.db);
    for (const f of await listFamilies(database.db)) {
      families.push((await getFamilyRevision(database.db, f.department, f.slug)).document);
    }
  });
  afterAll(() => database.drop());

  it("imports every demo family, and only into an empty database", async () => {
    expect(families.map((f) => `${f.department}/${f.slug}`).sort()).toEqual([
      "engineering/development--documentation--technical-writer",
      "engineering/software-engineer",
      "executive/chief-product-officer",
      "product/product-leadership",
      "product/product-management",
    ]);
    expect(await seedDemoContent(database.db)).toBe(0);
  });

  it("exercises every structure the reference page has", () => {
    const levels = families.flatMap((f) => f.levels);
    expect(levels.some((l) => l.grade !== null && !Number.isInteger(l.grade))).toBe(true);
    expect(levels.every((l) => l.grade !== null)).toBe(true);
    expect(levels.some((l) => l.reportsTo)).toBe(true);
    const lists = families.flatMap((f) => [
      ...f.responsibilities,
      ...f.requirements,
      ...f.levels.flatMap((l) => [...l.responsibilities, ...l.requirements]),
    ]);
    expect(allItems(lists).some((i) => i.kind === "group")).toBe(true);
    expect(allItems(lists).some((i) => i.kind === "note")).toBe(true);
    expect(allItems(lists).some((i) => i.kind === "item" && i.children.length > 0)).toBe(true);
    const specialties = families.flatMap((f) => [...f.specialties, ...f.levels.flatMap((l) => l.specialties)]);
    expect(specialties.some((s) => s.requirements.length > 0)).toBe(true);
    const stages = levels.flatMap((l) => l.hiringProcess);
    expect(stages.some((s) => s.durationMinutes === 30)).toBe(true);
    expect(levels.some((l) => l.performanceIndicators.length > 0)).toBe(true);
    expect(families.some((f) => f.performanceIndicators.some((i) => i.ordered || i.kind === "item"))).toBe(true);
    expect(families.some((f) => f.sections.length > 0)).toBe(true);
    expect(levels.some((l) => l.nextStep?.target?.family === "chief-product-officer")).toBe(true);
    expect(levels.some((l) => l.nextStep?.target?.family === "software-engineer")).toBe(true);
    expect(allItems(lists).some((i) => i.number === 1)).toBe(true);
  });

  it("has no dead link to a family, department or anchor", async () => {
    const current = await allCurrentFamilies(database.db);
    expect(current.map((f) => f.sourcePath).sort()).toContain("job-families/engineering/development/documentation/technical-writer/index.html.md");
    expect(findDeadLinks(current)).toEqual([]);
  });
});
