import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emptyFamily } from "../../lib/families/document";
import { getFamilyRevision, listRevisions } from "../../lib/families/queries";
import { saveRevision } from "../../lib/revisions/save";
import { ConflictError, InvalidError } from "../../lib/errors";
import { stores, useDatabase } from "../support/databases";

const author = { id: null, name: "tester" };

describe.each(stores)("revisions on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("numbers revisions 1, 2, 3 and writes nothing when content is unchanged", async () => {
    const doc = emptyFamily("product", "numbering", "Numbering");
    const first = await saveRevision(database().db, { document: doc, baseRevision: null, author, summary: "first" });
    const second = await saveRevision(database().db, {
      document: { ...doc, overview: "More." },
      baseRevision: 1,
      author,
      summary: "second",
    });
    const same = await saveRevision(database().db, {
      document: { ...doc, overview: "More." },
      baseRevision: 2,
      author,
      summary: "again",
    });
    expect([first.status, first.number, second.status, second.number]).toEqual(["saved", 1, "saved", 2]);
    expect(same).toMatchObject({ status: "unchanged", number: 2 });
    const history = await listRevisions(database().db, "product", "numbering", { limit: 10, offset: 0 });
    expect(history.total).toBe(2);
    expect(history.revisions.map((r) => [r.number, r.summary, r.baseNumber])).toEqual([
      [2, "second", 1],
      [1, "first", null],
    ]);
    const current = await getFamilyRevision(database().db, "product", "numbering");
    expect(current.document.overview).toBe("More.");
  });

  it.skipIf(store.skip)("names the field of an invalid document and writes nothing", async () => {
    const doc = { ...emptyFamily("product", "invalid", "Invalid"), title: " ", levels: [{ id: "Bad Id" }] };
    const error = await saveRevision(database().db, { document: doc, baseRevision: null, author, summary: "" }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(InvalidError);
    const paths = (error as InvalidError).issues.map((i) => i.path);
    expect(paths).toContain("title");
    expect(paths).toContain("levels.0.id");
    await expect(getFamilyRevision(database().db, "product", "invalid")).rejects.toThrow(/No job family/);
  });

  it.skipIf(store.skip)("refuses a save based on a stale revision", async () => {
    const doc = emptyFamily("product", "stale", "Stale");
    await saveRevision(database().db, { document: doc, baseRevision: null, author, summary: "" });
    await saveRevision(database().db, { document: { ...doc, overview: "A" }, baseRevision: 1, author, summary: "" });
    const late = saveRevision(database().db, { document: { ...doc, overview: "B" }, baseRevision: 1, author, summary: "" });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toMatchObject({ currentRevision: 2, status: 409 });
    expect((await getFamilyRevision(database().db, "product", "stale")).document.overview).toBe("A");
  });

  it.skipIf(store.skip)("of 20 concurrent saves on one base, exactly one wins and numbering stays gapless", async () => {
    const doc = emptyFamily("engineering", "concurrent", "Concurrent");
    await saveRevision(database().db, { document: doc, baseRevision: null, author, summary: "" });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveRevision(database().db, {
          document: { ...doc, overview: `Edit ${i}` },
          baseRevision: 1,
          author: { id: null, name: `editor ${i}` },
          summary: `edit ${i}`,
        }),
      ),
    );
    const saved = results.filter((r) => r.status === "fulfilled");
    const conflicts = results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError);
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const history = await listRevisions(database().db, "engineering", "concurrent", { limit: 50, offset: 0 });
    expect(history.revisions.map((r) => r.number)).toEqual([2, 1]);
  });

  it.skipIf(store.skip)("the database itself refuses to change or delete a revision or an audit event", async () => {
    const doc = emptyFamily("product", "immutable", "Immutable");
    await saveRevision(database().db, { document: doc, baseRevision: null, author, summary: "" });
    // Drizzle wraps the driver's error; the database's own message is its cause.
    const refusal = (statement: ReturnType<typeof sql>) =>
      database().db.execute(statement).then(
        () => "allowed",
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await refusal(sql`update revisions set summary = 'rewritten'`)).toMatch(/append-only: UPDATE/);
    expect(await refusal(sql`delete from revisions`)).toMatch(/append-only: DELETE/);
    expect(await refusal(sql`truncate revisions cascade`)).toMatch(/append-only: TRUNCATE/);
    expect(await refusal(sql`delete from audit_events`)).toMatch(/append-only: DELETE/);
    const current = await getFamilyRevision(database().db, "product", "immutable");
    expect(current.summary).toBe("Created");
  });
});

describe("sameDocument", () => {
  it("ignores key order, which JSONB does not keep, also in front matter", async () => {
    const { sameDocument } = await import("../../lib/revisions/save");
    const a = { ...emptyFamily("product", "x", "X"), frontMatter: { canonical_path: "/a", layout: "job_family_page" } };
    const b = { ...emptyFamily("product", "x", "X"), frontMatter: { layout: "job_family_page", canonical_path: "/a" } };
    expect(sameDocument(a, b)).toBe(true);
    expect(sameDocument(a, { ...b, frontMatter: { layout: "other", canonical_path: "/a" } })).toBe(false);
  });
});
