import { describe, expect, it } from "vitest";
import { listActivity, parseActivityQuery } from "../../../lib/activity/query";
import { emptyFamily } from "../../../lib/families/document";
import { restoreRevision } from "../../../lib/revisions/restore";
import { saveRevision } from "../../../lib/revisions/save";
import { stores, useDatabase } from "../../support/databases";

describe.each(stores)("activity on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("lists imports, saves and restores in words, filtered by kind, person and family", async () => {
    const db = database().db;
    const doc = emptyFamily("product", "activity", "Activity");
    await saveRevision(db, { document: doc, baseRevision: null, author: { id: null, name: "import" }, summary: "Imported from a.md" });
    await saveRevision(db, { document: { ...doc, overview: "New." }, baseRevision: 1, author: { id: null, name: "Pat" }, summary: "Overview" });
    await restoreRevision(db, { department: "product", slug: "activity", revision: 1, baseRevision: 2, actor: { id: null, name: "Ada" } });

    const all = await listActivity(db, parseActivityQuery({ family: "product/activity" }));
    expect(all.entries.map((e) => [e.kind, e.actor, e.description])).toEqual([
      ["restore", "Ada", "restored revision 1 of product/activity as revision 3"],
      ["save", "Pat", "saved revision 2 of product/activity — “Overview”"],
      ["import", "import", "imported revision 1 of product/activity — “Imported from a.md”"],
    ]);
    for (const kind of ["restore", "save", "import"] as const) {
      expect((await listActivity(db, parseActivityQuery({ kind, family: "product/activity" }))).entries.map((e) => e.kind)).toEqual([kind]);
    }
    expect((await listActivity(db, parseActivityQuery({ person: "Pat" }))).entries).toHaveLength(1);
    expect((await listActivity(db, parseActivityQuery({ until: "2000-01-01" }))).entries).toEqual([]);
    expect(() => parseActivityQuery({ kind: "nonsense" })).toThrow(/kind: must be one of/);
  });
});
