import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { auditEvents, departments, jobFamilies, revisions } from "../../db/schema";
import { type JobFamily, jobFamilySchema } from "../families/document";
import { departmentName } from "../families/names";
import { ConflictError, InvalidError, SourceConflictError } from "../errors";
import { isFamilySource } from "../families/source";
import { markdownProblemsIn } from "../markdown/limits";
import { storeBlameOnSave } from "./blame-store";

export type Author = { id: number | null; name: string };

export type SaveInput = {
  document: unknown;
  /**
   * The revision number the edit started from: null for a new family. "current" means "on top of
   * whatever is there" and is only for writers that are the source of truth themselves (import).
   */
  baseRevision: number | null | "current";
  author: Author;
  summary: string;
  /**
   * The file an import reads (its handbook path). A family remembers the file it came from and
   * refuses a different one, unless `replace` (the importer's `--into`) says it is meant.
   */
  source?: { path: string; replace: boolean };
  /** Extra facts for the audit event, e.g. `{ restoredFrom: 3 }` so the activity log can say "restored". */
  audit?: Record<string, unknown>;
};

export type SaveResult = { status: "saved" | "unchanged"; number: number; document: JobFamily };

/** JSON with every object's keys sorted: JSONB does not keep key order, and free-form maps
 * (front matter) have no schema order to restore. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Two documents are the same when their validated content is, whatever the key order. */
export function sameDocument(a: JobFamily, b: JobFamily): boolean {
  return canonicalJson(jobFamilySchema.parse(a)) === canonicalJson(jobFamilySchema.parse(b));
}

async function departmentId(tx: Executor, slug: string): Promise<number> {
  await tx.insert(departments).values({ slug, name: departmentName(slug) }).onConflictDoNothing();
  const [row] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.slug, slug));
  return row.id;
}

/** Locks the family row (creating it if new) so that saves to one family run one at a time. */
async function lockFamily(tx: Executor, document: JobFamily, sourcePath: string | null) {
  const deptId = await departmentId(tx, document.department);
  await tx
    .insert(jobFamilies)
    .values({ departmentId: deptId, slug: document.slug, title: document.title, sourcePath })
    .onConflictDoNothing();
  const [family] = await tx
    .select()
    .from(jobFamilies)
    .where(and(eq(jobFamilies.departmentId, deptId), eq(jobFamilies.slug, document.slug)))
    .for("update");
  return family;
}

/** Refuses a file that is not the family's source; records the source of a family that had none. */
async function checkSource(
  tx: Executor,
  family: { id: number; sourcePath: string | null },
  document: JobFamily,
  source: NonNullable<SaveInput["source"]>,
) {
  if (!source.replace && !isFamilySource(document, family.sourcePath, source.path)) {
    throw new SourceConflictError(`${document.department}/${document.slug}`, family.sourcePath!, source.path);
  }
  if (family.sourcePath === null || (source.replace && family.sourcePath !== source.path)) {
    await tx.update(jobFamilies).set({ sourcePath: source.path }).where(eq(jobFamilies.id, family.id));
  }
}

/**
 * The one way a revision is written. Validates, refuses a stale base (no lost update), writes
 * nothing for unchanged content, and writes revision and audit event in one transaction.
 */
export async function saveRevision(db: Database, input: SaveInput): Promise<SaveResult> {
  const parsed = jobFamilySchema.safeParse(input.document);
  if (!parsed.success) {
    throw new InvalidError(
      parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(document)", message: i.message })),
    );
  }
  const summary = input.summary.trim();
  if (summary.length > 500) throw new InvalidError([{ path: "summary", message: "must be at most 500 characters" }]);
  const document = parsed.data;
  // Markdown past the limits could not be rendered (or only after seconds of CPU): refused here,
  // naming the field, as the importer refuses it naming the line.
  const tooComplex = markdownProblemsIn(document);
  if (tooComplex.length > 0) throw new InvalidError(tooComplex);

  return db.transaction(async (tx) => {
    const family = await lockFamily(tx, document, input.source?.path ?? null);
    if (input.source) await checkSource(tx, family, document, input.source);
    const current = family.currentRevision;
    const base = input.baseRevision === "current" ? current : (input.baseRevision ?? 0);
    if (base !== current) throw new ConflictError(input.baseRevision === "current" ? null : input.baseRevision, current);

    if (current > 0) {
      const [latest] = await tx
        .select({ document: revisions.document })
        .from(revisions)
        .where(and(eq(revisions.familyId, family.id), eq(revisions.number, current)));
      if (sameDocument(latest.document, document)) return { status: "unchanged", number: current, document };
    }

    const number = current + 1;
    await tx.insert(revisions).values({
      familyId: family.id,
      number,
      document,
      authorId: input.author.id,
      authorName: input.author.name,
      summary: summary || (number === 1 ? "Created" : "Updated"),
      baseNumber: current > 0 ? current : null,
    });
    // Blame of the new revision, from the previous one's, kept with it: reading it later is one row.
    await storeBlameOnSave(tx, family.id, number);
    await tx
      .update(jobFamilies)
      .set({ currentRevision: number, title: document.title, updatedAt: sql`now()` })
      .where(eq(jobFamilies.id, family.id));
    await tx.insert(auditEvents).values({
      actorId: input.author.id,
      actorName: input.author.name,
      action: "revision.saved",
      target: `family:${document.department}/${document.slug}`,
      details: { ...input.audit, number, baseNumber: current > 0 ? current : null, summary },
    });
    return { status: "saved", number, document };
  });
}
