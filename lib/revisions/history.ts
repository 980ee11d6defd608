import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { revisions } from "../../db/schema";
import { type RevisionMeta, findFamily, revisionMeta } from "../families/queries";
import { InvalidError } from "../errors";
import type { PlaceSize } from "./diff";
import { changeSizesOf } from "./change-sizes";

const day = z.iso.date({ message: "must be a date like 2026-01-31" });

/** The history filters and page position as they arrive in a URL; every one optional. */
export const historyQuerySchema = z.object({
  author: z.string().trim().max(200, "must be at most 200 characters").optional().transform((v) => v || undefined),
  since: day.optional().or(z.literal("").transform(() => undefined)),
  until: day.optional().or(z.literal("").transform(() => undefined)),
  /** Keyset position: revisions numbered below this one (older), or above it (newer). */
  before: z.coerce.number().int().positive("must be a revision number").optional(),
  after: z.coerce.number().int().nonnegative("must be a revision number").optional(),
  limit: z.coerce.number().int().min(1, "must be at least 1").max(200, "must be at most 200").default(50),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** Parses history parameters from a URL, naming the parameter that is wrong. */
export function parseHistoryQuery(params: Record<string, string | undefined>): HistoryQuery {
  const parsed = historyQuerySchema.safeParse(params);
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message })));
  }
  return parsed.data;
}

export type HistoryEntry = RevisionMeta & { sizes: PlaceSize[] };

export type HistoryPage = {
  title: string;
  currentRevision: number;
  entries: HistoryEntry[];
  /** Keyset links: `before` for the next (older) page, `after` for the previous (newer) one. */
  older: number | null;
  newer: number | null;
  authors: string[];
};

/**
 * The family's authors, alphabetically. A plain DISTINCT reads every revision (a sequential scan
 * of 10,000 rows for a long history); this skips from one author to the next through the
 * (family, author, number) index, one probe per author.
 */
async function authorsOf(db: Database, familyId: number): Promise<{ name: string }[]> {
  const skipScan = sql`(
    with recursive authors(name) as (
      (select author_name from revisions where family_id = ${familyId} order by author_name limit 1)
      union all
      select (select r.author_name from revisions r where r.family_id = ${familyId} and r.author_name > authors.name order by r.author_name limit 1)
      from authors where authors.name is not null
    ) select name from authors) as family_authors`;
  return db.select({ name: sql<string>`name` }).from(skipScan).where(sql`name is not null`);
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

/**
 * One page of a family's history, newest first. Keyset pagination by revision number (never
 * OFFSET, so page 200 costs what page 1 does), filtered by author and by a range of UTC days,
 * through the (family, number), (family, author, number) and (family, created_at) indexes.
 */
export async function historyPage(db: Database, department: string, slug: string, query: HistoryQuery): Promise<HistoryPage> {
  const family = await findFamily(db, department, slug);
  const id = family.id;
  const filters: (SQL | undefined)[] = [
    eq(revisions.familyId, id),
    query.author ? eq(revisions.authorName, query.author) : undefined,
    query.since ? gte(revisions.createdAt, new Date(`${query.since}T00:00:00Z`)) : undefined,
    query.until ? lt(revisions.createdAt, nextDay(query.until)) : undefined,
  ];
  const columns = { id: revisions.id, ...revisionMeta };
  const newerFirst = query.after !== undefined && query.before === undefined;
  const position = newerFirst ? gt(revisions.number, query.after!) : query.before ? lt(revisions.number, query.before) : undefined;
  const rows = await db
    .select(columns)
    .from(revisions)
    .where(and(...filters, position))
    .orderBy(newerFirst ? asc(revisions.number) : desc(revisions.number))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  if (newerFirst) page.reverse();

  // Ordered by number so that the (family, number) index answers, rather than a scan that stops at the first match.
  const edge = async (beyond: SQL) =>
    (await db.select({ n: revisions.number }).from(revisions).where(and(...filters, beyond)).orderBy(asc(revisions.number)).limit(1)).length > 0;
  const first = page[0]?.number;
  const last = page.at(-1)?.number;
  const older = last === undefined ? null : newerFirst ? ((await edge(lt(revisions.number, last))) ? last : null) : more ? last : null;
  const newer = first === undefined ? null : newerFirst ? (more ? first : null) : (await edge(gt(revisions.number, first))) ? first : null;

  const [sizes, authors] = await Promise.all([
    changeSizesOf(db, page.map((r) => ({ ...r, familyId: id }))),
    authorsOf(db, id),
  ]);
  return {
    title: family.title,
    currentRevision: family.current,
    entries: page.map(({ id: revisionId, ...meta }) => ({ ...meta, sizes: sizes.get(revisionId) ?? [] })),
    older,
    newer,
    authors: authors.map((a) => a.name),
  };
}
