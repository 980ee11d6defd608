import type { Database } from "../../db/client";
import type { Actor } from "../access/audit";
import { getFamilyRevision } from "../families/queries";
import { InvalidError } from "../errors";
import { type SaveResult, saveRevision } from "./save";

export type RestoreInput = { department: string; slug: string; revision: number; baseRevision: number; actor: Actor };

export const restoreSummary = (n: number) => `Restored revision ${n}`;

/**
 * Restores revision N by writing it forward: a new revision whose document equals N's, through
 * saveRevision like every other write (so a stale `baseRevision` is refused with a conflict and
 * nothing older is ever touched). The family keeps its current address even if N was saved
 * under another one. The caller checks the policy ("revision.restore") first.
 */
export async function restoreRevision(db: Database, input: RestoreInput): Promise<SaveResult> {
  const old = await getFamilyRevision(db, input.department, input.slug, input.revision);
  const result = await saveRevision(db, {
    document: { ...old.document, department: input.department, slug: input.slug },
    baseRevision: input.baseRevision,
    author: input.actor,
    summary: restoreSummary(input.revision),
    audit: { restoredFrom: input.revision },
  });
  if (result.status === "unchanged") {
    throw new InvalidError([
      { path: "revision", message: `revision ${input.revision} is the same as the current revision ${result.number}: nothing to restore` },
    ]);
  }
  return result;
}
