import { describe, expect, it } from "vitest";
import type { Subject } from "../../../lib/access/policy";
import { grantRole } from "../../../lib/access/grants";
import { ensureUser } from "../../../lib/access/users";
import { emptyFamily, type JobFamily } from "../../../lib/families/document";
import { renderAtom } from "../../../lib/feeds/atom";
import { changesFeedEntries, familyFeedEntries } from "../../../lib/feeds/entries";
import { saveRevision } from "../../../lib/revisions/save";
import { createToken } from "../../../lib/tokens/tokens";
import { parseAtom } from "../../support/atom";
import { stores, useDatabase } from "../../support/databases";

const item = (text: string) => ({ kind: "item" as const, text, ordered: false, children: [] });
const admin: Subject = { id: 1, email: "admin@example.com", name: null, grants: [{ role: "admin", department: null, family: null, source: "admin" }] };
const reader: Subject = { id: 2, email: "reader@example.com", name: null, grants: [] };
const render = (entries: Awaited<ReturnType<typeof changesFeedEntries>>) =>
  parseAtom(renderAtom({ id: "tag:t", title: "t", description: "d", origin: "https://ladder.example.com", path: "/", entries }));

describe.each(stores)("feeds on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("list a family's revisions newest first, and the portal's other events only for an admin", async () => {
    const db = database().db;
    const actor = { id: null, name: "setup" };
    await db.transaction((tx) => ensureUser(tx, "admin@example.com", actor));
    let doc: JobFamily = emptyFamily("product", "fed", "Fed family");
    doc = { ...doc, responsibilities: [item("Owns the roadmap")] };
    await saveRevision(db, { document: doc, baseRevision: null, author: { id: null, name: "ann@example.com" }, summary: "Created <b>bold</b>" });
    doc = { ...doc, responsibilities: [item("Owns the roadmap"), item("Talks to customers")] };
    await saveRevision(db, { document: doc, baseRevision: 1, author: { id: null, name: "bob@example.com" }, summary: "One more" });
    await grantRole(db, { id: null, name: "admin@example.com" }, { email: "pat@example.com", role: "editor", department: "product", family: null });
    await createToken(db, actor, { email: "reader@example.com" }, "Feed reader", "feed");

    const family = await familyFeedEntries(db, "product", "fed");
    expect(family.title).toBe("Fed family");
    const parsed = render(family.entries);
    expect(parsed.entries.map((e) => [e.title, e.author, e.link])).toEqual([
      ["revision 2 — One more", "bob@example.com", "https://ladder.example.com/job-families/product/fed/diff?from=1&to=2"],
      ["revision 1 — Created &lt;b&gt;bold&lt;/b&gt;", "ann@example.com", "https://ladder.example.com/job-families/product/fed/history"],
    ]);
    expect(parsed.entries[0].content).toBe("<ul><li>Responsibilities: 1 added</li></ul>");

    const forReader = (await changesFeedEntries(db, reader)).map((e) => e.title);
    expect(forReader).toEqual(["Fed family: revision 2 — One more", "Fed family: revision 1 — Created <b>bold</b>"]);
    const forAdmin = render(await changesFeedEntries(db, admin));
    const titles = forAdmin.entries.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["admin@example.com granted editor of product to pat@example.com", "setup created feed token “Feed reader” for reader@example.com"]));
    expect(titles).toContain("Fed family: revision 2 — One more");
    // Saves come once, as revisions with their change sizes, not a second time as audit events.
    expect(titles.filter((t) => t.includes("One more"))).toHaveLength(1);
    expect(forAdmin.entries.map((e) => Date.parse(e.updated))).toEqual([...forAdmin.entries.map((e) => Date.parse(e.updated))].sort((a, b) => b - a));
  });

  it.skipIf(store.skip)("refuses a family that does not exist", async () => {
    await expect(familyFeedEntries(database().db, "product", "nothing-here")).rejects.toThrow(/No job family product\/nothing-here/);
  });
});
