import type { Database } from "../../db/client";
import { ConflictError, LadderError } from "../errors";
import { type Author, saveRevision } from "../revisions/save";
import { enforceChecks } from "../checks/store";
import { validateEdit } from "./save-edit";

class FamilyExistsError extends LadderError {
  constructor(department: string, slug: string) {
    super(`A job family ${department}/${slug} exists already; edit it instead`, 409, "exists");
  }
}

/** Creates a family with its first revision, through the same checks and save as every edit. */
export async function createFamily(
  db: Database,
  input: { department: string; slug: string; summary: string; document: unknown; author: Author },
) {
  const document = validateEdit(input);
  const warnings = await enforceChecks(db, document);
  try {
    return { ...(await saveRevision(db, { document, baseRevision: null, author: input.author, summary: input.summary.trim() })), warnings };
  } catch (error) {
    if (error instanceof ConflictError) throw new FamilyExistsError(input.department, input.slug);
    throw error;
  }
}
