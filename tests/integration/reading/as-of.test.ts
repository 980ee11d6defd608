import { describe, expect, it } from "vitest";
import { endOfDay } from "../../../lib/families/as-of";
import { emptyFamily } from "../../../lib/families/document";
import { getFamilyRevisionBefore } from "../../../lib/families/queries";
import { revisions } from "../../../db/schema";
import { NotFoundError } from "../../../lib/errors";
import { saveRevision } from "../../../lib/revisions/save";
import { stores, useDatabase } from "../../support/databases";

describe.each(stores)("a family as of a day on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("is the revision current at the end of that day (UTC)", async () => {
    const db = database().db;
    const doc = emptyFamily("product", "as-of", "As of");
    await saveRevision(db, { document: doc, baseRevision: null, author: { id: null, name: "t" }, summary: "" });
    const [first] = await db.select({ familyId: revisions.familyId }).from(revisions);
    // Older revisions, as if saved on earlier days (inserting is allowed; history only refuses changes).
    await db.insert(revisions).values([
      { familyId: first.familyId, number: 2, document: { ...doc, overview: "March" }, authorName: "t", summary: "", createdAt: new Date("2024-03-01T23:59:00Z") },
      { familyId: first.familyId, number: 3, document: { ...doc, overview: "April" }, authorName: "t", summary: "", createdAt: new Date("2024-04-01T00:00:00Z") },
    ]);
    const at = async (day: string) => (await getFamilyRevisionBefore(db, "product", "as-of", endOfDay(day)))?.document.overview ?? null;
    expect(await at("2024-02-29")).toBeNull();
    expect(await at("2024-03-01")).toBe("March");
    expect(await at("2024-03-31")).toBe("March");
    expect(await at("2024-04-01")).toBe("April");
    await expect(getFamilyRevisionBefore(db, "product", "nothing", new Date())).rejects.toBeInstanceOf(NotFoundError);
  });
});
