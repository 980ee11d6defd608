import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { ContentsEntry } from "../lib/families/contents";
import type { JobFamily } from "../lib/families/document";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const departments = pgTable("departments", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

/**
 * What the identity provider said at a user's last sign-in, for Admin → Sign-in and the
 * missing-groups warning on Admin → People: values of email, name and groups, the names (never
 * the values) of the other claims, and where the groups came from. Never tokens.
 */
export type SignInReport = {
  at: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** Null when the groups claim was in neither the ID token nor the userinfo response. */
  groups: string[] | null;
  groupsClaim: string;
  groupsSource: "id_token" | "userinfo" | "missing";
  claimNames: string[];
};

export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    /** The OpenID Connect `sub` of the user's last sign-in; null until the first one. */
    subject: text("subject").unique(),
    email: text("email").notNull(),
    name: text("name"),
    groups: jsonb("groups").$type<string[]>().notNull().default([]),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    lastSignIn: jsonb("last_sign_in").$type<SignInReport>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_lower").on(sql`lower(${t.email})`)],
);

export const jobFamilies = pgTable(
  "job_families",
  {
    id: serial("id").primaryKey(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    slug: text("slug").notNull(),
    /** Copied from the newest revision so lists need not read documents. */
    title: text("title").notNull(),
    /** The number of the newest (published) revision; 0 before the first save. */
    currentRevision: integer("current_revision").notNull().default(0),
    /**
     * The handbook path the family was imported from (`job-families/engineering/…/index.html.md`,
     * or a file name), so a different file is never imported into it by accident. Null for a
     * family made in the portal, or imported before the path was recorded.
     */
    sourcePath: text("source_path"),
    /** Set while the family is archived: hidden from lists, still readable by its URL, restorable. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("job_families_department_slug").on(t.departmentId, t.slug)],
);

/** Where a renamed or moved family used to be: its old address redirects to the family. */
export const familyRedirects = pgTable(
  "family_redirects",
  {
    department: text("department").notNull(),
    slug: text("slug").notNull(),
    familyId: integer("family_id")
      .notNull()
      .references(() => jobFamilies.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("family_redirects_address").on(t.department, t.slug)],
);

/** Immutable snapshots: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE. */
export const revisions = pgTable(
  "revisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    familyId: integer("family_id")
      .notNull()
      .references(() => jobFamilies.id),
    number: integer("number").notNull(),
    document: jsonb("document").$type<JobFamily>().notNull(),
    authorId: integer("author_id").references(() => users.id),
    /** Who saved it, as shown: a user's name or email, or "import". */
    authorName: text("author_name").notNull(),
    summary: text("summary").notNull(),
    baseNumber: integer("base_number"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("revisions_family_number").on(t.familyId, t.number),
    // History filters: one author's revisions of a family, newest first; a date range of a family.
    index("revisions_family_author_number").on(t.familyId, t.authorName, t.number),
    index("revisions_family_created").on(t.familyId, t.createdAt),
    // The portal-wide feed and activity log read the newest revisions of all families.
    index("revisions_created").on(t.createdAt),
    check("revisions_number_positive", sql`${t.number} > 0`),
    check("revisions_base_before", sql`${t.baseNumber} IS NULL OR ${t.baseNumber} < ${t.number}`),
  ],
);

/**
 * A revision's content rendered to sanitised HTML, made once (on its first read) and shared by
 * every server instance. Keyed by renderer version and link context too, so a change of markup
 * or of the handbook's address renders again instead of serving the old one. Derived data: it
 * may be deleted at any time.
 */
export const revisionRenders = pgTable(
  "revision_renders",
  {
    revisionId: bigint("revision_id", { mode: "number" })
      .notNull()
      .references(() => revisions.id),
    renderer: integer("renderer").notNull(),
    /** What else the HTML depends on (how handbook links resolve): see lib/families/rendered.ts. */
    context: text("context").notNull(),
    descriptionHtml: text("description_html").notNull(),
    html: text("html").notNull(),
    /** The page's table of contents, so a view needs no document. */
    contents: jsonb("contents").$type<ContentsEntry[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.renderer, t.context] })],
);

export const roleGrants = pgTable(
  "role_grants",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: ["editor", "admin"] }).notNull(),
    /** Null department and family: the whole portal. */
    department: text("department"),
    /** A family slug; set together with department. */
    family: text("family"),
    /** "admin" for grants made by a person, "group" for grants derived from IdP groups. */
    source: text("source", { enum: ["admin", "group"] }).notNull().default("admin"),
    createdAt: createdAt(),
  },
  (t) => [index("role_grants_user").on(t.userId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    /**
     * "personal" acts with its owner's rights on the whole API; "feed" only reads the Atom feeds
     * (a feed reader keeps it in a URL, where it leaks more easily than a header).
     */
    kind: text("kind", { enum: ["personal", "feed"] }).notNull().default("personal"),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_user").on(t.userId)],
);

/** Append-only log of every write and every change of rights. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    /** What was acted on, e.g. "family:product/product-management-leadership" or "user:a@b.c". */
    target: text("target").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_at").on(t.at),
    index("audit_events_target").on(t.target),
    index("audit_events_actor_name").on(t.actorName),
  ],
);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * What full-text search reads: one row for each family and each of its levels, from the newest
 * revision only. Derived data, never edited: a trigger on revisions (see its migration) rewrites a
 * family's rows in the same transaction as every new revision, so search can never show a state
 * that was not saved. `vector` weighs titles (A) over intros (B) over list items (C).
 */
export const searchEntries = pgTable(
  "search_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    familyId: integer("family_id")
      .notNull()
      .references(() => jobFamilies.id),
    department: text("department").notNull(),
    family: text("family").notNull(),
    /** The level's anchor; null for the row of the family as a whole. */
    level: text("level"),
    title: text("title").notNull(),
    /** The row's words as plain text, for snippets (ts_headline). */
    body: text("body").notNull(),
    vector: tsvector("vector").notNull(),
  },
  (t) => [index("search_entries_vector").using("gin", t.vector), index("search_entries_family").on(t.familyId)],
);

/**
 * A cache of how much each revision changed against its predecessor ("Director → Requirements:
 * 2 added, 1 changed"), filled the first time a history page shows the revision. Revisions never
 * change, so an entry never goes stale; it is derived data, safe to lose.
 */
export const revisionChangeSizes = pgTable("revision_change_sizes", {
  revisionId: bigint("revision_id", { mode: "number" })
    .primaryKey()
    .references(() => revisions.id),
  /** One entry per place that changed, in document order. */
  places: jsonb("places").$type<{ place: string; added: number; removed: number; changed: number; moved: number }[]>().notNull(),
  createdAt: createdAt(),
});

/**
 * Who last changed each field and list entry, as of one revision (lib/revisions/blame-store.ts):
 * per outline key the revision number, or one per list entry. Written in the transaction that
 * saves the revision, from the previous revision's row, so blame of any revision is one row read
 * however long the history; older revisions get theirs on first read. Revisions never change,
 * so a row never goes stale; `version` is the blame code's, and a row of another version is
 * computed again. Derived data: it may be deleted at any time.
 */
export const revisionBlames = pgTable(
  "revision_blames",
  {
    revisionId: bigint("revision_id", { mode: "number" })
      .notNull()
      .references(() => revisions.id),
    version: integer("version").notNull(),
    attributions: jsonb("attributions").$type<Record<string, number | number[]>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.version] })],
);

/**
 * Admin settings of the editing checks (lib/checks): `mode:<rule>` → block / warn / off, and
 * `required-phrase`. A missing key means the default (lib/checks/rules.ts, or its env variable).
 */
export const checkSettings = pgTable("check_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedBy: text("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row: a number bumped at the commit of every transaction that changed a family or a
 * department (migration 0009). Every instance reads it before it answers from memory
 * (lib/server/content-check.mjs), so a save committed anywhere is what the next request sees,
 * without waiting for PostgreSQL's notice of it to arrive.
 */
export const contentVersion = pgTable(
  "content_version",
  {
    single: boolean("single").primaryKey().default(true),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("content_version_one_row", sql`${t.single}`)],
);
