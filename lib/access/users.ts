import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { roleGrants, users } from "../../db/schema";
import { InvalidError } from "../errors";
import { type Actor, recordAudit, userTarget } from "./audit";
import { type GroupRoleRule, grantsFromGroups } from "./group-roles";
import { describeGrant, sameGrant } from "./roles";

export type UserRow = typeof users.$inferSelect;

/** Emails are compared without case everywhere (a unique index on lower(email) backs this). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const emailPattern = /^[^\s@]+@[^\s@]+$/;

export function checkEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (!emailPattern.test(normalized)) throw new InvalidError([{ path: "email", message: "must be an email address" }]);
  return normalized;
}

export async function findUserByEmail(db: Database | Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)));
  return row;
}

/**
 * The user with this email, created when missing: admins prepare roles and tokens before a
 * first sign-in, which later claims the row by email.
 */
export async function ensureUser(tx: Executor, email: string, actor: Actor): Promise<UserRow> {
  const normalized = checkEmail(email);
  const existing = await findUserByEmail(tx, normalized);
  if (existing) return existing;
  const [created] = await tx.insert(users).values({ email: normalized }).returning();
  await recordAudit(tx, actor, "user.created", userTarget(normalized), { reason: "prepared before first sign-in" });
  return created;
}

export type SignInProfile = { subject: string; email: string; name: string | null; groups: string[] };

/** A sign-in we must not accept; the message goes to the server log, the user sees "access denied". */
export class SignInRefusedError extends Error {}

/**
 * Called at every sign-in: creates or updates the user (matched by OIDC subject, else by email
 * for users prepared by an admin), and makes their group-derived grants match their groups now.
 */
export async function recordSignIn(db: Database, profile: SignInProfile, rules: readonly GroupRoleRule[]): Promise<UserRow> {
  const email = normalizeEmail(profile.email);
  if (!emailPattern.test(email)) throw new SignInRefusedError(`the identity provider sent no usable email for ${profile.subject}`);
  return db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.subject, profile.subject));
    if (!user) {
      const byEmail = await findUserByEmail(tx, email);
      // Another identity already owns this email: taking it over would inherit their roles.
      if (byEmail?.subject) {
        throw new SignInRefusedError(
          `${email} belongs to subject ${byEmail.subject}, but subject ${profile.subject} signed in with it`,
        );
      }
      user = byEmail ?? (await tx.insert(users).values({ email }).returning())[0];
    }
    const [updated] = await tx
      .update(users)
      .set({ subject: profile.subject, email, name: profile.name, groups: profile.groups, lastSeenAt: sql`now()` })
      .where(eq(users.id, user.id))
      .returning();
    await syncGroupGrants(tx, updated, grantsFromGroups(profile.groups, rules));
    return updated;
  });
}

async function syncGroupGrants(tx: Executor, user: UserRow, wanted: ReturnType<typeof grantsFromGroups>) {
  const actor: Actor = { id: null, name: "sign-in (identity provider groups)" };
  const held = await tx
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, user.id), eq(roleGrants.source, "group")));
  for (const grant of held) {
    if (wanted.some((w) => sameGrant(w, grant))) continue;
    await tx.delete(roleGrants).where(eq(roleGrants.id, grant.id));
    await recordAudit(tx, actor, "role.revoked", userTarget(user.email), {
      role: grant.role,
      department: grant.department,
      family: grant.family,
      source: "group",
      summary: `no longer ${describeGrant(grant)}: not in a mapped group`,
    });
  }
  for (const grant of wanted) {
    if (held.some((h) => sameGrant(h, grant))) continue;
    await tx.insert(roleGrants).values({ userId: user.id, ...grant });
    await recordAudit(tx, actor, "role.granted", userTarget(user.email), {
      role: grant.role,
      department: grant.department,
      family: grant.family,
      source: "group",
      summary: `${describeGrant(grant)} through identity provider groups`,
    });
  }
}

export type UserListing = Pick<UserRow, "id" | "email" | "name" | "lastSeenAt"> & { grantCount: number };

/** Users whose email or name contains `query` (all users when empty), for the admin's People page. */
export async function searchUsers(db: Database, query: string, limit = 50): Promise<UserListing[]> {
  const q = query.trim();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      lastSeenAt: users.lastSeenAt,
      grantCount: count(roleGrants.id),
    })
    .from(users)
    .leftJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(q ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined)
    .groupBy(users.id)
    .orderBy(asc(users.email))
    .limit(limit);
}

export async function getUser(db: Database, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}
