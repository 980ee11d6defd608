import { desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { departments, jobFamilies, revisions } from "../../db/schema";
import { type Subject, can } from "../access/policy";
import { listEventsBesideRevisions } from "../activity/query";
import { findFamily } from "../families/queries";
import { revisionChangesPath } from "../families/paths";
import { changeSizesOf } from "../revisions/change-sizes";
import { describeSizes } from "../revisions/diff";
import type { FeedEntry } from "./atom";

/** Entries per feed: what a reader polling every hour or so needs, never the whole history. */
export const FEED_LENGTH = 50;

/** Tag URIs (RFC 4151): ids that stay the same through renames and moves of a family. */
const revisionId = (id: number) => `tag:ladder,2026:revision:${id}`;
const eventId = (id: number) => `tag:ladder,2026:event:${id}`;

type RevisionRow = {
  id: number;
  familyId: number;
  number: number;
  authorName: string;
  summary: string;
  createdAt: Date;
  department: string;
  slug: string;
  title: string;
};

const revisionColumns = {
  id: revisions.id,
  familyId: revisions.familyId,
  number: revisions.number,
  authorName: revisions.authorName,
  summary: revisions.summary,
  createdAt: revisions.createdAt,
  department: departments.slug,
  slug: jobFamilies.slug,
  title: jobFamilies.title,
};

/** Revisions as entries: who, when, why, a link to what changed, and how much changed where. */
async function revisionEntries(db: Database, rows: RevisionRow[], titled: boolean): Promise<FeedEntry[]> {
  const sizes = await changeSizesOf(db, rows);
  return rows.map((r) => {
    const lines = describeSizes(sizes.get(r.id) ?? []);
    return {
      id: revisionId(r.id),
      title: `${titled ? `${r.title}: ` : ""}revision ${r.number} — ${r.summary}`,
      author: r.authorName,
      at: r.createdAt,
      summary: r.summary,
      path: revisionChangesPath(r.department, r.slug, r.number),
      lines: lines.length ? lines : ["no content change"],
    };
  });
}

function revisionsQuery(db: Database) {
  return db
    .select(revisionColumns)
    .from(revisions)
    .innerJoin(jobFamilies, eq(jobFamilies.id, revisions.familyId))
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId));
}

/** The newest revisions of one family (NotFoundError if there is no such family). */
export async function familyFeedEntries(db: Database, department: string, slug: string): Promise<{ title: string; entries: FeedEntry[] }> {
  const family = await findFamily(db, department, slug);
  const rows = await revisionsQuery(db).where(eq(revisions.familyId, family.id)).orderBy(desc(revisions.number)).limit(FEED_LENGTH);
  return { title: family.title, entries: await revisionEntries(db, rows, false) };
}

/**
 * The newest revisions of every family; for someone who may read the activity log (admins) also
 * the portal's other events — grants, revocations, tokens, people, archives — in words.
 */
export async function changesFeedEntries(db: Database, subject: Subject): Promise<FeedEntry[]> {
  const rows = await revisionsQuery(db).orderBy(desc(revisions.createdAt), desc(revisions.id)).limit(FEED_LENGTH);
  const entries = await revisionEntries(db, rows, true);
  if (can(subject, "activity.read")) {
    for (const event of await listEventsBesideRevisions(db, FEED_LENGTH)) {
      entries.push({
        id: eventId(event.id),
        title: `${event.actor} ${event.description}`,
        author: event.actor,
        at: event.at,
        summary: `${event.actor} ${event.description}`,
        path: `/admin/activity?${new URLSearchParams(event.person ? { person: event.person } : event.family ? { family: event.family } : {})}`,
        lines: [],
      });
    }
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, FEED_LENGTH);
}
