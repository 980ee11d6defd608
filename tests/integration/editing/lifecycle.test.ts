import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, roleGrants, users } from "../../../db/schema";
import { archivedAt, moveFamily, movedTo, setArchived } from "../../../lib/editing/lifecycle";
import { newFamily } from "../../../lib/editing/new-family";
import { getFamilyRevision, listFamilies } from "../../../lib/families/queries";
import { search } from "../../../lib/search/search";
import { stores, useDatabase } from "../../support/databases";

const author = { id: null, name: "editor" };

describe.each(stores)("family lifecycle on $label", (store) => {
  const database = useDatabase(store);
  const db = () => database().db;

  it.skipIf(store.skip)("creates a family blank or from a template, and refuses an existing address", async () => {
    await newFamily(db(), { department: "product", slug: "blank", title: "Blank", template: null, summary: "", author });
    const blank = await getFamilyRevision(db(), "product", "blank");
    expect([blank.number, blank.summary, blank.document.levels]).toEqual([1, "Created", []]);
    await newFamily(db(), { department: "legal", slug: "copy", title: "Copy", template: "product/blank", summary: "", author });
    const copy = await getFamilyRevision(db(), "legal", "copy");
    expect([copy.document.department, copy.document.slug, copy.document.title, copy.summary]).toEqual(["legal", "copy", "Copy", "Created from product/blank"]);
    await expect(newFamily(db(), { department: "product", slug: "blank", title: "Again", template: null, summary: "", author })).rejects.toMatchObject({ status: 409 });
    await expect(newFamily(db(), { department: "product", slug: "x", title: "X", template: "product/none", summary: "", author })).rejects.toMatchObject({ issues: [{ path: "template" }] });
  });

  it.skipIf(store.skip)("moves a family: a new revision, the old address leads to it, family grants follow", async () => {
    await newFamily(db(), { department: "product", slug: "old-name", title: "Mover", template: null, summary: "", author });
    const [user] = await db().insert(users).values({ email: "pat@example.com" }).returning();
    await db().insert(roleGrants).values({ userId: user.id, role: "editor", department: "product", family: "old-name" });

    const { number } = await moveFamily(db(), author, { department: "product", slug: "old-name" }, { department: "engineering", slug: "new-name" }, "");
    expect(number).toBe(2);
    const moved = await getFamilyRevision(db(), "engineering", "new-name");
    expect([moved.document.department, moved.document.slug, moved.number]).toEqual(["engineering", "new-name", 2]);
    expect((await getFamilyRevision(db(), "engineering", "new-name", 1)).document.slug).toBe("old-name"); // history kept
    await expect(getFamilyRevision(db(), "product", "old-name")).rejects.toThrow(/No job family/);
    expect(await movedTo(db(), { department: "product", slug: "old-name" })).toEqual({ department: "engineering", slug: "new-name" });
    const grants = await db().select().from(roleGrants).where(eq(roleGrants.userId, user.id));
    expect(grants.map((g) => [g.department, g.family])).toEqual([["engineering", "new-name"]]);
    const events = await db().select().from(auditEvents).where(and(eq(auditEvents.action, "family.moved")));
    expect(events.map((e) => e.target)).toContain("family:engineering/new-name");

    // Moving back reuses the old address: it is the family's own again, not a redirect.
    await moveFamily(db(), author, { department: "engineering", slug: "new-name" }, { department: "product", slug: "old-name" }, "back");
    expect(await movedTo(db(), { department: "product", slug: "old-name" })).toBeNull();
    // A new family at an old address makes it that family's: the address no longer leads away.
    expect(await movedTo(db(), { department: "engineering", slug: "new-name" })).toEqual({ department: "product", slug: "old-name" });
    await newFamily(db(), { department: "engineering", slug: "new-name", title: "Newcomer", template: null, summary: "", author });
    expect(await movedTo(db(), { department: "engineering", slug: "new-name" })).toBeNull();
    await expect(moveFamily(db(), author, { department: "product", slug: "old-name" }, { department: "product", slug: "blank" }, "")).rejects.toMatchObject({ status: 409 });
  });

  it.skipIf(store.skip)("archives and restores: hidden from lists, still readable, audited", async () => {
    await newFamily(db(), { department: "sales", slug: "archived", title: "Archived", template: null, summary: "", author });
    await setArchived(db(), author, { department: "sales", slug: "archived" }, true);
    expect(await archivedAt(db(), { department: "sales", slug: "archived" })).toBeInstanceOf(Date);
    expect((await listFamilies(db())).map((f) => f.slug)).not.toContain("archived");
    expect(await search(db(), { q: "Archived" })).toEqual([]);
    expect((await getFamilyRevision(db(), "sales", "archived")).number).toBe(1);
    await setArchived(db(), author, { department: "sales", slug: "archived" }, false);
    expect((await listFamilies(db())).map((f) => f.slug)).toContain("archived");
    expect((await search(db(), { q: "Archived" })).map((r) => r.family)).toContain("archived");
    const actions = (await db().select().from(auditEvents).where(eq(auditEvents.target, "family:sales/archived"))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["family.archived", "family.unarchived"]));
  });
});
