import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { Database } from "../../db/client";
import { revisions } from "../../db/schema";
import { findFamily } from "../families/queries";
import { NotFoundError } from "../errors";
import { type BlameState, advanceBlame, emptyBlame } from "./blame";

/** Revisions are read in batches so a long history never sits in memory whole. */
const BATCH = 100;
/** Families whose newest blame is kept in memory (a few kilobytes of attributions each). */
const KEPT = 50;

/**
 * The last blame computed per family, by family id. Revisions are immutable, so a state for
 * revision N stays true forever; a later revision only needs the revisions after N walked on top.
 * Per process, like every cache here: another instance simply computes its own.
 */
const kept = new Map<number, BlameState>();

function keep(id: number, state: BlameState) {
  kept.delete(id);
  kept.set(id, state);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
}

/**
 * Who last changed each field and list entry of a family as of revision `number` (default: the
 * newest). Walks the revisions once, oldest to newest, starting from the kept state when it is
 * not past `number`.
 */
export async function blameFamily(db: Database, department: string, slug: string, number?: number): Promise<BlameState> {
  const { id } = await findFamily(db, department, slug);
  const cached = kept.get(id);
  let state = cached && (number === undefined || cached.revision <= number) ? cached : emptyBlame();
  for (;;) {
    const rows = await db
      .select({ number: revisions.number, authorName: revisions.authorName, createdAt: revisions.createdAt, document: revisions.document })
      .from(revisions)
      .where(and(eq(revisions.familyId, id), gt(revisions.number, state.revision), number === undefined ? undefined : lte(revisions.number, number)))
      .orderBy(asc(revisions.number))
      .limit(BATCH);
    for (const row of rows) state = advanceBlame(state, row);
    if (rows.length < BATCH) break;
  }
  if (state.revision === 0 || (number !== undefined && state.revision !== number)) {
    throw new NotFoundError(`No revision ${number} of ${department}/${slug}`);
  }
  if (!cached || state.revision > cached.revision) keep(id, state);
  return state;
}
