import { and, desc, eq, gte, isNotNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { auditEvents } from "../../db/schema";
import { InvalidError } from "../errors";
import { type ActivityKind, activityKinds, describeEvent, eventSubject, kindOf } from "./describe";

const day = z.iso.date({ message: "must be a date like 2026-01-31" });
const blankIsAbsent = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The activity filters as they arrive in a URL (page and CSV export alike). */
export const activityQuerySchema = z.object({
  person: z.preprocess(blankIsAbsent, z.string().trim().max(200, "must be at most 200 characters").optional()),
  family: z.preprocess(blankIsAbsent, z.string().trim().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "must be department/family").optional()),
  kind: z.preprocess(blankIsAbsent, z.enum(activityKinds, { message: `must be one of ${activityKinds.join(", ")}` }).optional()),
  since: z.preprocess(blankIsAbsent, day.optional()),
  until: z.preprocess(blankIsAbsent, day.optional()),
  /** Keyset position: events older than this event id. */
  before: z.preprocess(blankIsAbsent, z.coerce.number().int().positive("must be an event id").optional()),
});
export type ActivityQuery = z.infer<typeof activityQuerySchema>;

export function parseActivityQuery(params: Record<string, string | null | undefined>): ActivityQuery {
  const parsed = activityQuerySchema.safeParse(params);
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message })));
  }
  return parsed.data;
}

export type ActivityEntry = {
  id: number;
  at: Date;
  actor: string;
  kind: ActivityKind;
  description: string;
  family: string | null;
  person: string | null;
  summary: string | null;
};

const revisionSaved = eq(auditEvents.action, "revision.saved");
const restored = isNotNull(sql`${auditEvents.details}->>'restoredFrom'`);

/** The SQL twin of kindOf: which stored events are of this kind. */
function kindCondition(kind: ActivityKind): SQL | undefined {
  switch (kind) {
    case "restore":
      return and(revisionSaved, restored);
    case "import":
      return and(revisionSaved, sql`${auditEvents.details}->>'restoredFrom' is null`, eq(auditEvents.actorName, "import"));
    case "save":
      return and(revisionSaved, sql`${auditEvents.details}->>'restoredFrom' is null`, sql`${auditEvents.actorName} <> 'import'`);
    case "grant":
      return eq(auditEvents.action, "role.granted");
    case "revoke":
      return eq(auditEvents.action, "role.revoked");
    case "token":
      return or(eq(auditEvents.action, "token.created"), eq(auditEvents.action, "token.revoked"));
    case "person":
      return eq(auditEvents.action, "user.created");
    case "archive":
      return sql`${auditEvents.action} in ('family.archived', 'family.renamed', 'family.moved')`;
    case "other":
      return sql`${auditEvents.action} not in ('revision.saved', 'role.granted', 'role.revoked', 'token.created', 'token.revoked', 'user.created', 'family.archived', 'family.renamed', 'family.moved')`;
  }
}

function filters(query: ActivityQuery): (SQL | undefined)[] {
  return [
    // A person is who acted or whom it was about (granted a role, given a token).
    query.person ? or(eq(auditEvents.actorName, query.person), eq(auditEvents.target, `user:${query.person.toLowerCase()}`)) : undefined,
    query.family ? eq(auditEvents.target, `family:${query.family}`) : undefined,
    query.kind ? kindCondition(query.kind) : undefined,
    query.since ? gte(auditEvents.at, new Date(`${query.since}T00:00:00Z`)) : undefined,
    query.until ? lt(auditEvents.at, new Date(Date.parse(`${query.until}T00:00:00Z`) + 86_400_000)) : undefined,
    query.before ? lt(auditEvents.id, query.before) : undefined,
  ];
}

/**
 * Every revision and audit event, newest first: every save writes its audit event in the same
 * transaction (saveRevision), so the audit log is the complete record. Keyset by event id.
 */
export async function listActivity(db: Database, query: ActivityQuery, limit = 100): Promise<{ entries: ActivityEntry[]; older: number | null }> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...filters(query)))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit).map(toEntry);
  return { entries, older: rows.length > limit ? entries.at(-1)!.id : null };
}

function toEntry(row: typeof auditEvents.$inferSelect): ActivityEntry {
  const { family, person } = eventSubject(row.target);
  return {
    id: row.id,
    at: row.at,
    actor: row.actorName,
    kind: kindOf(row),
    description: describeEvent(row),
    family,
    person,
    summary: typeof row.details.summary === "string" && row.details.summary ? row.details.summary : null,
  };
}

/**
 * The newest events other than saved revisions (grants, revocations, tokens, people, archives):
 * what the portal-wide feed adds for an admin to the revisions it lists anyway.
 */
export async function listEventsBesideRevisions(db: Database, limit: number): Promise<ActivityEntry[]> {
  const rows = await db.select().from(auditEvents).where(ne(auditEvents.action, "revision.saved")).orderBy(desc(auditEvents.id)).limit(limit);
  return rows.map(toEntry);
}

/** The most an export holds; narrower filters export the rest. */
export const EXPORT_LIMIT = 50_000;
