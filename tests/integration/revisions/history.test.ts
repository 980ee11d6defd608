import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, revisionBlames, revisionChangeSizes, revisions } from "../../../db/schema";
import { emptyFamily, type JobFamily } from "../../../lib/families/document";
import { findFamily, getFamilyRevision } from "../../../lib/families/queries";
import { ConflictError, InvalidError } from "../../../lib/errors";
import { blameFamily } from "../../../lib/revisions/blame-store";
import { historyPage, parseHistoryQuery } from "../../../lib/revisions/history";
import { restoreRevision } from "../../../lib/revisions/restore";
import { saveRevision } from "../../../lib/revisions/save";
import { stores, useDatabase } from "../../support/databases";

const item = (text: string) => ({ kind: "item" as const, text, ordered: false, children: [] });

describe.each(stores)("history on $label", (store) => {
  const database = useDatabase(store);

  /** Saves `count` revisions of product/<slug>, alternating two authors, each adding one responsibility. */
  async function family(slug: string, count: number): Promise<JobFamily> {
    let doc = emptyFamily("product", slug, "History");
    for (let n = 1; n <= count; n++) {
      doc = { ...doc, responsibilities: [...doc.responsibilities, item(`Responsibility ${n}`)] };
      const author = n % 2 ? { id: null, name: "ann" } : { id: null, name: "bob" };
      await saveRevision(database().db, { document: doc, baseRevision: n === 1 ? null : n - 1, author, summary: `edit ${n}` });
    }
    return doc;
  }

  it.skipIf(store.skip)("pages newest first by revision number, both ways, with filters and change sizes", async () => {
    await family("paging", 7);
    const db = database().db;
    const first = await historyPage(db, "product", "paging", parseHistoryQuery({ limit: "3" }));
    expect(first.entries.map((e) => e.number)).toEqual([7, 6, 5]);
    expect([first.newer, first.older]).toEqual([null, 5]);
    expect(first.entries[0].sizes).toEqual([{ place: "Responsibilities", added: 1, removed: 0, changed: 0, moved: 0 }]);
    expect(first.authors).toEqual(["ann", "bob"]);

    const second = await historyPage(db, "product", "paging", parseHistoryQuery({ limit: "3", before: "5" }));
    expect(second.entries.map((e) => e.number)).toEqual([4, 3, 2]);
    expect([second.newer, second.older]).toEqual([4, 2]);
    const back = await historyPage(db, "product", "paging", parseHistoryQuery({ limit: "3", after: "4" }));
    expect(back.entries.map((e) => e.number)).toEqual([7, 6, 5]);
    expect([back.newer, back.older]).toEqual([null, 5]);

    const bob = await historyPage(db, "product", "paging", parseHistoryQuery({ author: "bob" }));
    expect(bob.entries.map((e) => e.number)).toEqual([6, 4, 2]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await historyPage(db, "product", "paging", parseHistoryQuery({ since: today, until: today }))).entries).toHaveLength(7);
    expect((await historyPage(db, "product", "paging", parseHistoryQuery({ until: "2000-01-01" }))).entries).toEqual([]);

    // Sizes are computed once and kept.
    const [{ cached }] = await db.select({ cached: sql<number>`count(*)::int` }).from(revisionChangeSizes);
    expect(cached).toBeGreaterThanOrEqual(6);
  });

  it("names a bad filter", () => {
    expect(() => parseHistoryQuery({ since: "yesterday" })).toThrow(/since: must be a date/);
    expect(() => parseHistoryQuery({ before: "-1" })).toThrow(InvalidError);
  });

  it.skipIf(store.skip)("restores forward: a new revision equal to the old one, refusing a stale base", async () => {
    await family("restoring", 3);
    const db = database().db;
    const actor = { id: null, name: "admin" };
    await expect(restoreRevision(db, { department: "product", slug: "restoring", revision: 1, baseRevision: 2, actor })).rejects.toBeInstanceOf(ConflictError);
    const result = await restoreRevision(db, { department: "product", slug: "restoring", revision: 1, baseRevision: 3, actor });
    expect(result).toMatchObject({ status: "saved", number: 4 });
    const restored = await getFamilyRevision(db, "product", "restoring", 4);
    expect(restored.summary).toBe("Restored revision 1");
    expect(restored.document).toEqual((await getFamilyRevision(db, "product", "restoring", 1)).document);
    expect((await getFamilyRevision(db, "product", "restoring", 3)).document.responsibilities).toHaveLength(3);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.target, "family:product/restoring"));
    expect(events.at(-1)?.details).toMatchObject({ restoredFrom: 1, number: 4 });
    await expect(restoreRevision(db, { department: "product", slug: "restoring", revision: 1, baseRevision: 4, actor })).rejects.toThrow(/nothing to restore/);
  });

  it.skipIf(store.skip)("blames from the database, any revision, continuing from the kept state", async () => {
    await family("blaming", 4);
    const db = database().db;
    const entries = (state: Awaited<ReturnType<typeof blameFamily>>) => {
      const list = state.nodes.get(".responsibilities");
      return list?.type === "list" ? list.entries.map((e) => `${e.text}:${e.by.author}@${e.by.revision}`) : [];
    };
    expect(entries(await blameFamily(db, "product", "blaming"))).toEqual([
      "Responsibility 1:ann@1",
      "Responsibility 2:bob@2",
      "Responsibility 3:ann@3",
      "Responsibility 4:bob@4",
    ]);
    expect(entries(await blameFamily(db, "product", "blaming", 2))).toEqual(["Responsibility 1:ann@1", "Responsibility 2:bob@2"]);
    await expect(blameFamily(db, "product", "blaming", 9)).rejects.toThrow(/No revision 9/);
  });

  it.skipIf(store.skip)("keeps each revision's blame from its save on, and computes lost rows again once", async () => {
    await family("kept", 5);
    const db = database().db;
    const { id } = await findFamily(db, "product", "kept");
    const stored = () =>
      db
        .select({ number: revisions.number, attributions: revisionBlames.attributions })
        .from(revisionBlames)
        .innerJoin(revisions, eq(revisions.id, revisionBlames.revisionId))
        .where(eq(revisions.familyId, id))
        .orderBy(revisions.number);
    // Every save wrote its revision's row, from the one before.
    const rows = await stored();
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[4].attributions[".responsibilities"]).toEqual([1, 2, 3, 4, 5]);

    // Derived data may be lost (or predate this table): the first read walks and stores it again.
    await db.delete(revisionBlames).where(inArray(revisionBlames.revisionId, db.select({ id: revisions.id }).from(revisions).where(eq(revisions.familyId, id))));
    const list = (await blameFamily(db, "product", "kept", 4)).nodes.get(".responsibilities");
    expect(list?.type === "list" && list.entries.map((e) => e.by.author)).toEqual(["ann", "bob", "ann", "bob"]);
    expect((await stored()).map((r) => r.number)).toEqual([1, 2, 3, 4]);
    // A save whose previous revision has no row leaves the walk to the next read, which stores the rest.
    await saveRevision(db, {
      document: { ...(await getFamilyRevision(db, "product", "kept")).document, title: "Kept" },
      baseRevision: 5,
      author: { id: null, name: "cy" },
      summary: "retitled",
    });
    expect((await stored()).map((r) => r.number)).toEqual([1, 2, 3, 4]);
    const title = (await blameFamily(db, "product", "kept")).nodes.get(".title");
    expect(title?.type === "text" && [title.text, title.by.author, title.by.revision]).toEqual(["Kept", "cy", 6]);
    expect((await stored()).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
