import { and, asc, desc, eq, gt, inArray, lte } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { revisionBlames, revisions } from "../../db/schema";
import { findFamily } from "../families/queries";
import { NotFoundError } from "../errors";
import { type Attribution, type BlameState, advanceBlame, compactBlame, creditedRevisions, emptyBlame, expandBlame, resolveBlame } from "./blame";

/**
 * The version of what revision_blames holds. Bump it when the outline or the blame rules change:
 * rows of another version are then ignored and computed again on their first read.
 */
export const BLAME_VERSION = 1;

/** Revisions are read in batches so a long history never sits in memory whole. */
const BATCH = 100;

type Db = Database | Executor;

const storedJoin = and(eq(revisionBlames.revisionId, revisions.id), eq(revisionBlames.version, BLAME_VERSION));

/** The newest stored blame of the family at or before revision `number`, as a state; empty if none. */
async function nearestStored(db: Db, familyId: number, number: number): Promise<BlameState<number>> {
  // Walks the family's revisions newest first by (family_id, number) and stops at the first with a row.
  const [row] = await db
    .select({ number: revisions.number, document: revisions.document, attributions: revisionBlames.attributions })
    .from(revisions)
    .innerJoin(revisionBlames, storedJoin)
    .where(and(eq(revisions.familyId, familyId), lte(revisions.number, number)))
    .orderBy(desc(revisions.number))
    .limit(1);
  return (row && expandBlame(row.number, row.document, row.attributions)) ?? emptyBlame<number>();
}

/** Walks from `state` up to revision `number`, storing each revision's blame as it passes. */
async function walk(db: Db, familyId: number, from: BlameState<number>, number: number): Promise<BlameState<number>> {
  let state = from;
  while (state.revision < number) {
    const rows = await db
      .select({ id: revisions.id, number: revisions.number, document: revisions.document })
      .from(revisions)
      .where(and(eq(revisions.familyId, familyId), gt(revisions.number, state.revision), lte(revisions.number, number)))
      .orderBy(asc(revisions.number))
      .limit(BATCH);
    if (rows.length === 0) break;
    const computed = rows.map((row) => {
      state = advanceBlame(state, row.number, row.document, row.number);
      return { revisionId: row.id, version: BLAME_VERSION, attributions: compactBlame(state) };
    });
    // Two readers may compute the same rows at once; the first written stands (they are equal).
    await db.insert(revisionBlames).values(computed).onConflictDoNothing();
  }
  return state;
}

/**
 * The blame of revision `number` of a family, by revision number. One row read when it is stored;
 * otherwise walked from the nearest stored revision before it, storing every revision it passes,
 * so each is computed once.
 */
async function storedBlame(db: Db, familyId: number, number: number): Promise<BlameState<number>> {
  return walk(db, familyId, await nearestStored(db, familyId, number), number);
}

/**
 * In the transaction saving revision `number`: its blame, from the previous revision's stored
 * one. A family whose older revisions have none stored yet (saved before this table existed) is
 * left to its first read, so no save waits for a walk through a long history.
 */
export async function storeBlameOnSave(tx: Executor, familyId: number, number: number): Promise<void> {
  const previous = await nearestStored(tx, familyId, number - 1);
  if (previous.revision === number - 1) await walk(tx, familyId, previous, number);
}

/** Authors and dates of the given revisions of a family. */
async function attributions(db: Db, familyId: number, numbers: number[]): Promise<Map<number, Attribution>> {
  const rows = await db
    .select({ revision: revisions.number, author: revisions.authorName, at: revisions.createdAt })
    .from(revisions)
    .where(and(eq(revisions.familyId, familyId), inArray(revisions.number, numbers)));
  return new Map(rows.map((r) => [r.revision, r]));
}

/**
 * Who last changed each field and list entry of a family as of revision `number` (default: the
 * newest): the stored attributions, with the authors and dates of the revisions they name.
 */
export async function blameFamily(db: Database, department: string, slug: string, number?: number): Promise<BlameState> {
  const family = await findFamily(db, department, slug);
  const wanted = number ?? family.current;
  if (wanted < 1 || wanted > family.current) throw new NotFoundError(`No revision ${number} of ${department}/${slug}`);
  const state = await storedBlame(db, family.id, wanted);
  if (state.revision !== wanted) throw new NotFoundError(`No revision ${number} of ${department}/${slug}`);
  return resolveBlame(state, await attributions(db, family.id, creditedRevisions(state)));
}

