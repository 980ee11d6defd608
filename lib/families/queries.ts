import { and, asc, count, desc, eq, inArray, lt } from "drizzle-orm";
import type { Database } from "../../db/client";
import { departments, jobFamilies, revisions } from "../../db/schema";
import { type JobFamily, jobFamilySchema } from "./document";
import { NotFoundError } from "../errors";
import { type FamilyCard, listFamilyCards } from "./catalog";

export type FamilySummary = Omit<FamilyCard, "levels">;

export type RevisionMeta = {
  number: number;
  authorName: string;
  authorId: number | null;
  summary: string;
  baseNumber: number | null;
  createdAt: Date;
};

/** `sourcePath`: the handbook page the family was imported from, when known (its relative links start there). */
export type FamilyRevision = RevisionMeta & { document: JobFamily; sourcePath: string | null };

/** The columns of RevisionMeta, for queries that list revisions. */
export const revisionMeta = {
  number: revisions.number,
  authorName: revisions.authorName,
  authorId: revisions.authorId,
  summary: revisions.summary,
  baseNumber: revisions.baseNumber,
  createdAt: revisions.createdAt,
};

/** JSONB reorders keys; parsing restores the schema's order (and checks what was stored). */
function withDocument<T extends { document: JobFamily }>(row: T): T {
  return { ...row, document: jobFamilySchema.parse(row.document) };
}

/** Every family that has at least one revision, grouped by department order then title. */
export async function listFamilies(db: Database): Promise<FamilySummary[]> {
  return (await listFamilyCards(db)).map(({ department, departmentName, slug, title, currentRevision, updatedAt }) => ({
    department,
    departmentName,
    slug,
    title,
    currentRevision,
    updatedAt,
  }));
}

/** A family that has at least one revision; NotFoundError otherwise. */
export async function findFamily(
  db: Database,
  department: string,
  slug: string,
): Promise<{ id: number; title: string; current: number; sourcePath: string | null }> {
  const [row] = await db
    .select({ id: jobFamilies.id, title: jobFamilies.title, current: jobFamilies.currentRevision, sourcePath: jobFamilies.sourcePath })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(departments.slug, department), eq(jobFamilies.slug, slug)));
  if (!row || row.current === 0) throw new NotFoundError(`No job family ${department}/${slug}`);
  return row;
}

/**
 * Validated documents by revision id. A revision never changes, so its document is fetched and
 * parsed once per process, not on every API read (a large family costs milliseconds of zod).
 * Small and least-recently-used first: it only spares the busiest families the work.
 */
const parsedDocuments = new Map<number, JobFamily>();
const PARSED_DOCUMENTS_KEPT = 50;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

async function revisionDocument(db: Database, revisionId: number): Promise<JobFamily> {
  let document = parsedDocuments.get(revisionId);
  if (document) parsedDocuments.delete(revisionId);
  else {
    const [row] = await db.select({ document: revisions.document }).from(revisions).where(eq(revisions.id, revisionId));
    // Frozen: every caller shares this object, so a change to it would throw, not leak.
    document = deepFreeze(jobFamilySchema.parse(row.document));
    if (parsedDocuments.size >= PARSED_DOCUMENTS_KEPT) parsedDocuments.delete(parsedDocuments.keys().next().value!);
  }
  parsedDocuments.set(revisionId, document);
  return document;
}

/** One revision of a family; the newest (published) one when `number` is omitted. */
export async function getFamilyRevision(
  db: Database,
  department: string,
  slug: string,
  number?: number,
): Promise<FamilyRevision> {
  const { id, sourcePath } = await findFamily(db, department, slug);
  const [row] = await db
    .select({ ...revisionMeta, id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.familyId, id), number === undefined ? undefined : eq(revisions.number, number)))
    .orderBy(desc(revisions.number))
    .limit(1);
  if (!row) throw new NotFoundError(`No revision ${number} of ${department}/${slug}`);
  const { id: revisionId, ...meta } = row;
  return { ...meta, sourcePath, document: await revisionDocument(db, revisionId) };
}

/**
 * The revision that was current just before `moment` (the newest one saved earlier), or null when
 * the family had none yet. NotFoundError when there is no such family.
 */
export async function getFamilyRevisionBefore(db: Database, department: string, slug: string, moment: Date): Promise<FamilyRevision | null> {
  const { id, sourcePath } = await findFamily(db, department, slug);
  const [row] = await db
    .select({ ...revisionMeta, document: revisions.document })
    .from(revisions)
    .where(and(eq(revisions.familyId, id), lt(revisions.createdAt, moment)))
    .orderBy(desc(revisions.createdAt), desc(revisions.number))
    .limit(1);
  return row ? withDocument({ ...row, sourcePath }) : null;
}

/** A family's revisions, newest first. */
export async function listRevisions(
  db: Database,
  department: string,
  slug: string,
  page: { limit: number; offset: number },
): Promise<{ total: number; revisions: RevisionMeta[] }> {
  const { id } = await findFamily(db, department, slug);
  const [{ total }] = await db.select({ total: count() }).from(revisions).where(eq(revisions.familyId, id));
  const rows = await db
    .select(revisionMeta)
    .from(revisions)
    .where(eq(revisions.familyId, id))
    .orderBy(desc(revisions.number))
    .limit(page.limit)
    .offset(page.offset);
  return { total, revisions: rows };
}

/** The newest document of every family, with the handbook path it was imported from, for export. */
export async function allCurrentFamilies(db: Database): Promise<FamilyRevision[]> {
  const rows = await db
    .select({ ...revisionMeta, document: revisions.document, sourcePath: jobFamilies.sourcePath })
    .from(revisions)
    .innerJoin(jobFamilies, and(eq(jobFamilies.id, revisions.familyId), eq(jobFamilies.currentRevision, revisions.number)))
    .orderBy(asc(jobFamilies.slug));
  return rows.map(withDocument);
}

/** The families recorded as imported from these handbook paths, by path. */
export async function familiesBySourcePath(db: Database, paths: string[]): Promise<Map<string, { department: string; slug: string }>> {
  if (paths.length === 0) return new Map();
  const rows = await db
    .select({ department: departments.slug, slug: jobFamilies.slug, sourcePath: jobFamilies.sourcePath })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(inArray(jobFamilies.sourcePath, paths));
  return new Map(rows.map((r) => [r.sourcePath!, { department: r.department, slug: r.slug }]));
}
