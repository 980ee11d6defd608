import { z } from "zod";
import type { Database } from "../../db/client";
import { type FamilyRevision, getFamilyRevision } from "../families/queries";
import { InvalidError } from "../errors";
import { type StructuredDiff, diffDocuments } from "./diff";

const revisionNumber = z.coerce.number({ message: "must be a revision number" }).int("must be a whole number").positive("must be 1 or more");

/**
 * `from` and `to` as they arrive in a URL. Both optional: `to` defaults to the newest revision and
 * `from` to the one before `to`, so `/diff` alone shows the latest change.
 */
export const comparisonQuerySchema = z.object({ from: revisionNumber.optional(), to: revisionNumber.optional() });

export function parseComparisonQuery(params: { from?: string | null; to?: string | null }) {
  const parsed = comparisonQuerySchema.safeParse({ from: params.from || undefined, to: params.to || undefined });
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  return parsed.data;
}

/** `?revision=N` of the blame and restore pages: absent is undefined, anything but a number is refused. */
export function parseRevisionParam(value: string | string[] | undefined): number | undefined {
  const parsed = revisionNumber.optional().safeParse((Array.isArray(value) ? value[0] : value) || undefined);
  if (!parsed.success) throw new InvalidError([{ path: "revision", message: parsed.error.issues[0].message }]);
  return parsed.data;
}

export type Comparison = { from: FamilyRevision; to: FamilyRevision; diff: StructuredDiff };

/** Two revisions of a family and the structured diff between them (NotFoundError for either missing). */
export async function compareRevisions(
  db: Database,
  department: string,
  slug: string,
  query: { from?: number; to?: number },
): Promise<Comparison> {
  const to = await getFamilyRevision(db, department, slug, query.to);
  const from = await getFamilyRevision(db, department, slug, query.from ?? Math.max(1, to.number - 1));
  return { from, to, diff: diffDocuments(from.document, to.document) };
}
