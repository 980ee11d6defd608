import { inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { revisionChangeSizes, revisions } from "../../db/schema";
import { emptyFamily, type JobFamily } from "../families/document";
import { type PlaceSize, changeSizes, diffDocuments } from "./diff";

/**
 * How much each revision changed against its predecessor, for the history list. Revisions never
 * change, so the answer is computed once (from the structured diff) and kept in
 * revision_change_sizes; a page of history then costs one indexed read, however long the history.
 */
export async function changeSizesOf(
  db: Database,
  wanted: readonly { id: number; familyId: number; number: number }[],
): Promise<Map<number, PlaceSize[]>> {
  const sizes = new Map<number, PlaceSize[]>();
  if (wanted.length === 0) return sizes;
  const cached = await db
    .select({ id: revisionChangeSizes.revisionId, places: revisionChangeSizes.places })
    .from(revisionChangeSizes)
    .where(inArray(revisionChangeSizes.revisionId, wanted.map((r) => r.id)));
  for (const row of cached) sizes.set(row.id, row.places);

  const missing = wanted.filter((r) => !sizes.has(r.id));
  if (missing.length === 0) return sizes;
  // Each missing revision and its predecessor, by (family, number): one indexed read for them all.
  const pairs = missing.flatMap((r) => [r, { ...r, number: r.number - 1 }]).filter((r) => r.number > 0);
  const documents = new Map<string, JobFamily>();
  const rows = await db
    .select({ familyId: revisions.familyId, number: revisions.number, document: revisions.document })
    .from(revisions)
    .where(sql`(${revisions.familyId}, ${revisions.number}) in (${sql.join(pairs.map((p) => sql`(${p.familyId}, ${p.number})`), sql`, `)})`);
  for (const row of rows) documents.set(`${row.familyId}:${row.number}`, row.document);

  const computed = missing.map((r) => {
    const after = documents.get(`${r.familyId}:${r.number}`)!;
    const before = documents.get(`${r.familyId}:${r.number - 1}`) ?? emptyFamily(after.department, after.slug, "");
    return { revisionId: r.id, places: changeSizes(diffDocuments(before, after)) };
  });
  // Two requests may compute the same entry at once; the first one written stands (they are equal).
  await db.insert(revisionChangeSizes).values(computed).onConflictDoNothing();
  for (const c of computed) sizes.set(c.revisionId, c.places);
  return sizes;
}
