import { count, eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditEvents, revisions } from "../../../db/schema";
import { createFamily } from "../../../lib/editing/create";
import { EditConflictError, saveEdit } from "../../../lib/editing/save-edit";
import { type JobFamily, emptyFamily, emptyLevel } from "../../../lib/families/document";
import { getFamilyRevision } from "../../../lib/families/queries";
import { InvalidError, LadderError } from "../../../lib/errors";
import { stores, useDatabase } from "../../support/databases";

const author = { id: null, name: "editor" };
const family = (slug: string): JobFamily => ({
  ...emptyFamily("product", slug, "Family"),
  levels: [{ ...emptyLevel("one", "One"), grade: 5, responsibilities: [{ kind: "item", text: "Does things", ordered: false, children: [] }] }],
});

/** Documents a hostile or careless client might send: wrong types, missing parts, huge values, prototype keys. */
const hostileDocument = (valid: JobFamily) =>
  fc.oneof(
    fc.anything(),
    fc.record({ title: fc.oneof(fc.constant(""), fc.constant("   "), fc.integer()) }).map((patch) => ({ ...valid, ...patch })),
    fc.constantFrom<unknown>(
      { ...valid, levels: [{ ...valid.levels[0], id: "Not An Anchor" }] },
      { ...valid, levels: [{ ...valid.levels[0], grade: -1 }] },
      { ...valid, levels: [{ ...valid.levels[0], grade: "9" }] },
      { ...valid, responsibilities: [{ kind: "bullet", text: 1, ordered: false, children: [] }] },
      { ...valid, formatVersion: 2 },
      { ...valid, slug: "../../etc" },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { ...valid, hiringProcess: [{ kind: "stage", text: "x", durationMinutes: 1.5 }] },
      null,
      [],
    ),
  );

describe.each(stores)("saving edits on $label", (store) => {
  const database = useDatabase(store);
  const db = () => database().db;

  it.skipIf(store.skip)("saves on a current base, requires a summary, and refuses a renamed identity", async () => {
    await createFamily(db(), { department: "product", slug: "plain", summary: "Created", document: family("plain"), author });
    const edited = { ...family("plain"), overview: "Now with an overview." };
    await expect(saveEdit(db(), { department: "product", slug: "plain", baseRevision: 1, summary: "  ", document: edited, author })).rejects.toMatchObject({
      issues: [{ path: "summary" }],
    });
    const saved = await saveEdit(db(), { department: "product", slug: "plain", baseRevision: 1, summary: "Overview", document: edited, author });
    expect(saved).toMatchObject({ outcome: "saved", number: 2, mergedWith: null });
    const moved = saveEdit(db(), { department: "product", slug: "plain", baseRevision: 2, summary: "x", document: { ...edited, slug: "other" }, author });
    await expect(moved).rejects.toMatchObject({ issues: [{ path: "slug" }] });
  });

  it.skipIf(store.skip)("merges a stale edit that does not overlap, and reports one that does", async () => {
    await createFamily(db(), { department: "product", slug: "shared", summary: "Created", document: family("shared"), author });
    const base = family("shared");
    await saveEdit(db(), { department: "product", slug: "shared", baseRevision: 1, summary: "theirs", document: { ...base, description: "Theirs" }, author });
    const merged = await saveEdit(db(), { department: "product", slug: "shared", baseRevision: 1, summary: "mine", document: { ...base, overview: "Mine" }, author });
    expect(merged).toMatchObject({ outcome: "saved", number: 3, mergedWith: 2 });
    const current = (await getFamilyRevision(db(), "product", "shared")).document;
    expect([current.description, current.overview]).toEqual(["Theirs", "Mine"]);

    const conflict = await saveEdit(db(), { department: "product", slug: "shared", baseRevision: 1, summary: "late", document: { ...base, description: "Also mine" }, author }).catch((e) => e);
    expect(conflict).toBeInstanceOf(EditConflictError);
    expect((conflict as EditConflictError).details).toMatchObject({ currentRevision: 3, conflicts: [{ path: "description", mine: "Also mine", theirs: "Theirs" }] });
    expect((await getFamilyRevision(db(), "product", "shared")).number).toBe(3);
  });

  it.skipIf(store.skip)("answers every hostile document with field errors and writes nothing", async () => {
    const valid = family("target");
    await createFamily(db(), { department: "product", slug: "target", summary: "Created", document: valid, author });
    const [{ before }] = await db().select({ before: count() }).from(auditEvents);
    await fc.assert(
      fc.asyncProperty(hostileDocument(valid), fc.string({ maxLength: 20 }), async (document, summary) => {
        const error = await saveEdit(db(), { department: "product", slug: "target", baseRevision: 1, summary: summary || "x", document, author }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LadderError);
        expect((error as LadderError).status).toBeGreaterThanOrEqual(400);
        expect((error as LadderError).status).toBeLessThan(500);
        if (error instanceof InvalidError) expect(error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
    const written = await db().select({ n: count() }).from(revisions);
    const [{ families }] = await db().select({ families: count() }).from(auditEvents).where(eq(auditEvents.target, "family:product/target"));
    expect(families).toBe(1);
    expect(written[0].n).toBeGreaterThan(0);
    const [{ after }] = await db().select({ after: count() }).from(auditEvents);
    expect(after).toBe(before);
    expect((await getFamilyRevision(db(), "product", "target")).number).toBe(1);
  });
});
