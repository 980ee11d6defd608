import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { type SignInReport, roleGrants, users } from "../../db/schema";
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
/** RFC 5321's limit for an address; anything longer is not one, and would bloat every listing. */
export const EMAIL_MAX_LENGTH = 254;

export function checkEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (!emailPattern.test(normalized) || /[\u0000-\u001f\u007f]/.test(normalized)) {
    throw new InvalidError([{ path: "email", message: "must be an email address" }]);
  }
  if (normalized.length > EMAIL_MAX_LENGTH) {
    throw new InvalidError([{ path: "email", message: `must be at most ${EMAIL_MAX_LENGTH} characters` }]);
  }
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

export type SignInProfile = {
  subject: string;
  email: string;
  /**
   * The identity provider vouches for `email` (the ID token's `email_verified === true` for that
   * very claim). Only then may a first sign-in claim a row an admin prepared for that email.
   */
  emailVerified: boolean;
  name: string | null;
  /**
   * The user's groups at the provider; null when the groups claim was missing altogether. Then
   * the groups (and the roles they give) stay as they were: a missing claim is far more often a
   * setting at the provider or in LADDER_OIDC_GROUPS_CLAIM than a person leaving every group, and
   * must not silently demote anyone. Admin → People shows the warning instead.
   */
  groups: string[] | null;
  /** Kept on the user row for Admin → Sign-in and Admin → People. */
  report?: SignInReport;
};

export type { SignInReport };

/**
 * Why a sign-in is refused, as a code the sign-in page turns into words the user can act on.
 * The technical detail (subjects, addresses) is the error's message, which only the log sees.
 */
export type SignInRefusal = "no-email" | "email-unverified" | "email-in-use";

/** A sign-in we must not accept; the message goes to the server log, the user sees the reason's words. */
export class SignInRefusedError extends Error {
  constructor(
    readonly reason: SignInRefusal,
    message: string,
  ) {
    super(message);
    this.name = "SignInRefusedError";
  }
}

/** Postgres' unique_violation, wherever a driver or Drizzle put it in the cause chain. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Called at every sign-in: creates or updates the user (matched by OIDC subject, else by email
 * for users prepared by an admin), and makes their group-derived grants match their groups now.
 */
export async function recordSignIn(db: Database, profile: SignInProfile, rules: readonly GroupRoleRule[]): Promise<UserRow> {
  const email = normalizeEmail(profile.email);
  if (!emailPattern.test(email)) throw new SignInRefusedError(
      "no-email",
      `the identity provider sent no usable email for subject ${profile.subject} (no email, preferred_username or upn ` +
        `claim with an @ in the ID token or the userinfo response; was the email scope granted?)`,
    );
  try {
    return await db.transaction(async (tx) => {
      let [user] = await tx.select().from(users).where(eq(users.subject, profile.subject));
      const byEmail = await findUserByEmail(tx, email);
      if (!user) {
        // Another identity already owns this email: taking it over would inherit their roles.
        if (byEmail?.subject) {
          throw new SignInRefusedError(
            "email-in-use",
            `${email} belongs to subject ${byEmail.subject}, but subject ${profile.subject} signed in with it`,
          );
        }
        // A row an admin prepared carries roles and tokens: only an address the identity provider
        // has verified may claim it, or anyone who can set an unverified email there could.
        if (byEmail && !profile.emailVerified) {
          throw new SignInRefusedError(
            "email-unverified",
            `subject ${profile.subject} signed in with ${email}, which matches a user prepared by an admin, ` +
              `but the identity provider did not mark that email verified (email_verified is not true); ` +
              `not claiming the prepared user`,
          );
        }
        user = byEmail ?? (await tx.insert(users).values({ email }).returning())[0];
      } else if (byEmail && byEmail.id !== user.id) {
        // The email changed at the provider to one another row holds (prepared or someone else's).
        throw new SignInRefusedError(
          "email-in-use",
          `subject ${profile.subject} (user ${user.id}) now signs in with ${email}, which user ${byEmail.id} already has`,
        );
      }
      const [updated] = await tx
        .update(users)
        .set({
          subject: profile.subject,
          email,
          name: profile.name,
          ...(profile.groups ? { groups: profile.groups } : {}),
          ...(profile.report ? { lastSignIn: profile.report } : {}),
          lastSeenAt: sql`now()`,
        })
        .where(eq(users.id, user.id))
        .returning();
      if (profile.groups) await syncGroupGrants(tx, updated, grantsFromGroups(profile.groups, rules));
      return updated;
    });
  } catch (error) {
    // Two sign-ins racing for one email (or one subject): the unique indexes decide; refuse the loser.
    if (isUniqueViolation(error)) {
      throw new SignInRefusedError("email-in-use", `subject ${profile.subject} signed in with ${email}, which another user already has`);
    }
    throw error;
  }
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

/** People whose last sign-in lacked the groups claim: a provider setting that costs roles if left alone. */
export async function peopleMissingGroups(db: Database, limit = 20): Promise<{ id: number; email: string; report: SignInReport }[]> {
  const rows = await db
    .select({ id: users.id, email: users.email, report: users.lastSignIn })
    .from(users)
    .where(sql`${users.lastSignIn}->>'groupsSource' = 'missing'`)
    .orderBy(asc(users.email))
    .limit(limit);
  return rows.filter((r): r is { id: number; email: string; report: SignInReport } => r.report !== null);
}
