import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { jobFamilies, searchEntries } from "../../db/schema";
import { familyPagePath } from "../families/paths";
import { highlightedSnippet } from "./snippet";

export type SearchResult = {
  department: string;
  family: string;
  /** The level's anchor; null when the match is the family as a whole. */
  level: string | null;
  title: string;
  /** Plain text, HTML-escaped, with the matched words in <mark>…</mark>. */
  snippet: string;
  /** The family page at the level's anchor. */
  url: string;
  rank: number;
};

export type SearchQuery = { q: string; department?: string; limit?: number };

// ts_headline marks matches with these; they cannot occur in text, so after escaping the
// snippet they are the only places <mark> goes (see snippet.ts).
const START = "\u0002";
const STOP = "\u0003";

/**
 * Full-text search over the newest revision of every family (PostgreSQL's own, on PGlite and
 * PostgreSQL alike). Words in titles and level names weigh most, then intros, then list items;
 * a result whose title is exactly the query comes first, so searching a level's name finds it.
 */
export async function search(db: Database, { q, department, limit = 20 }: SearchQuery): Promise<SearchResult[]> {
  const text = q.trim();
  if (!text) return [];
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const rank = sql<number>`ts_rank(${searchEntries.vector}, ${query}, 1)`;
  const exact = sql`lower(${searchEntries.title}) = lower(${text})`;
  const rows = await db
    .select({
      department: searchEntries.department,
      family: searchEntries.family,
      level: searchEntries.level,
      title: searchEntries.title,
      headline: sql<string>`ts_headline('english', ${searchEntries.body}, ${query},
        ${`StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`,
      rank: sql<number>`(${rank} + case when ${exact} then 1 else 0 end)::float8`,
    })
    .from(searchEntries)
    // Archived families stay readable by their address but are found no more, like in the lists.
    .innerJoin(jobFamilies, eq(jobFamilies.id, searchEntries.familyId))
    .where(and(sql`${searchEntries.vector} @@ ${query}`, isNull(jobFamilies.archivedAt), department ? eq(searchEntries.department, department) : undefined))
    .orderBy(desc(sql`${exact}`), desc(rank), searchEntries.title)
    .limit(limit);
  return rows.map((row) => ({
    department: row.department,
    family: row.family,
    level: row.level,
    title: row.title,
    snippet: highlightedSnippet(row.headline, START, STOP),
    url: familyPagePath(row.department, row.family) + (row.level ? `#${row.level}` : ""),
    rank: Math.round(Number(row.rank) * 1e4) / 1e4,
  }));
}
