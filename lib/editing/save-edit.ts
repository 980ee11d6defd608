import type { Database } from "../../db/client";
import { type JobFamily, jobFamilySchema } from "../families/document";
import { getFamilyRevision } from "../families/queries";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { type MergeConflict, mergeDocuments } from "../revisions/merge";
import { type Author, saveRevision } from "../revisions/save";
import type { Finding } from "../checks/rules";
import { enforceChecks } from "../checks/store";

export type EditInput = {
  department: string;
  slug: string;
  /** The revision the editor started from. */
  baseRevision: number;
  summary: string;
  document: unknown;
  author: Author;
};

export type EditSaved = {
  outcome: "saved" | "unchanged";
  number: number;
  mergedWith: number | null;
  /** Findings of the checks that an admin set to warn (blocking ones refuse the save). */
  warnings: Finding[];
};

/** What the edit form hears back: saved, or the merged document and the fields left to choose. */
export type FormSaveData =
  | (EditSaved & { merged?: JobFamily })
  | { outcome: "conflict"; currentRevision: number; conflicts: MergeConflict[]; merged: JobFamily; summary: string };

/** Someone saved meanwhile and both changed the same fields: the caller shows the choices. */
export class EditConflictError extends ConflictError {
  constructor(
    baseRevision: number,
    currentRevision: number,
    readonly conflicts: MergeConflict[],
    readonly merged: JobFamily,
  ) {
    super(baseRevision, currentRevision);
    this.message =
      `Revision ${currentRevision} was saved after revision ${baseRevision}, which this edit started from, and both ` +
      `changed ${conflicts.map((c) => c.path.join(".") || "(document)").join(", ")}. Choose for each field, then save again.`;
  }
  override get details() {
    return {
      baseRevision: this.baseRevision,
      currentRevision: this.currentRevision,
      conflicts: this.conflicts.map((c) => ({ path: c.path.join("."), base: c.base, mine: c.mine, theirs: c.theirs })),
    };
  }
}

export const SUMMARY_MAX = 500;

/** The checks every edit passes before it is saved, whoever sends it (form, API). */
export function validateEdit(input: Pick<EditInput, "department" | "slug" | "summary" | "document">): JobFamily {
  const issues = [];
  const summary = input.summary.trim();
  if (!summary) issues.push({ path: "summary", message: "must not be empty: say what you changed and why" });
  if (summary.length > SUMMARY_MAX) issues.push({ path: "summary", message: `must be at most ${SUMMARY_MAX} characters` });
  const parsed = jobFamilySchema.safeParse(input.document);
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(document)", message: i.message })));
  } else {
    if (parsed.data.department !== input.department) {
      issues.push({ path: "department", message: `must be "${input.department}": moving a family to another department is its own step` });
    }
    if (parsed.data.slug !== input.slug) {
      issues.push({ path: "slug", message: `must be "${input.slug}": renaming a family is its own step` });
    }
  }
  if (issues.length > 0 || !parsed.success) throw new InvalidError(issues);
  return parsed.data;
}

/**
 * Saves an edit of an existing family. When someone saved after the edit's base revision, the
 * edit is merged three-way with theirs: without overlapping changes the merge is saved (nobody's
 * change is lost); with overlaps nothing is saved and EditConflictError lists the fields.
 */
export async function saveEdit(db: Database, input: EditInput): Promise<EditSaved & { document: JobFamily }> {
  // 404 before anything else: the API then sends a request for a moved family's old address on.
  await getFamilyRevision(db, input.department, input.slug);
  const mine = validateEdit(input);
  const summary = input.summary.trim();
  let document = mine;
  let base = input.baseRevision;
  let mergedWith: number | null = null;
  // A merge can race with yet another save; a few rounds settle it.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const warnings = await enforceChecks(db, document);
      const result = await saveRevision(db, { document, baseRevision: base, author: input.author, summary });
      return { outcome: result.status, number: result.number, document: result.document, mergedWith, warnings };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const original = await baseDocument(db, input);
      const current = await getFamilyRevision(db, input.department, input.slug);
      const { merged, conflicts } = mergeDocuments(original, mine, current.document);
      if (conflicts.length > 0) throw new EditConflictError(input.baseRevision, current.number, conflicts, merged);
      document = validateEdit({ ...input, document: merged });
      base = current.number;
      mergedWith = current.number;
    }
  }
  throw new ConflictError(input.baseRevision, base);
}

async function baseDocument(db: Database, input: EditInput): Promise<JobFamily> {
  try {
    return (await getFamilyRevision(db, input.department, input.slug, input.baseRevision)).document;
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new InvalidError([{ path: "baseRevision", message: `${input.baseRevision} is not a revision of this family` }]);
    }
    throw error;
  }
}
