import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { roleGrants, users } from "../../db/schema";
import type { Subject } from "./policy";
import type { Grant } from "./roles";

export async function loadGrants(db: Database, userId: number): Promise<Grant[]> {
  return db
    .select({
      role: roleGrants.role,
      department: roleGrants.department,
      family: roleGrants.family,
      source: roleGrants.source,
    })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
}

/**
 * The user a session names, with the grants they hold right now. `subject` is the OIDC `sub` the
 * session was issued for: a session whose user row has since been replaced (a reset database
 * reusing ids) must not act as whoever holds that id today. Null when the user no longer matches.
 */
export async function loadSubject(db: Database, who: { id: number; subject?: string }): Promise<Subject | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, who.id), who.subject === undefined ? undefined : eq(users.subject, who.subject)));
  if (!user) return null;
  return { ...user, grants: await loadGrants(db, user.id) };
}

/**
 * Subjects the API looked up a moment ago, by credential (a token's hash, a session's user). An
 * API client sends many requests a second, each of which would otherwise read its token, user and
 * grants again (three queries before any work). Kept briefly: a token revoked or a role changed
 * on this instance is forgotten at once (recordAudit, which every such change writes, calls
 * forgetSubjects); on another instance it takes effect within SUBJECT_MEMO_MS, less than a
 * session cookie, which stays valid until it expires, ever allowed.
 * On globalThis: route handlers and server actions are bundled apart but share the process.
 */
export const SUBJECT_MEMO_MS = 2000;
const SUBJECTS_KEPT = 10_000;
const memo = ((globalThis as { [key: symbol]: unknown })[Symbol.for("ladder.subjects")] ??= new Map()) as Map<
  string,
  { subject: Subject; until: number }
>;

/** The subject `load` gives for this credential, from memory when it loaded less than SUBJECT_MEMO_MS ago. */
export async function rememberSubject(credential: string, load: () => Promise<Subject | null>): Promise<Subject | null> {
  const now = Date.now();
  const kept = memo.get(credential);
  if (kept && kept.until > now) return kept.subject;
  memo.delete(credential);
  const subject = await load();
  if (subject) {
    if (memo.size >= SUBJECTS_KEPT) memo.delete(memo.keys().next().value!);
    memo.set(credential, { subject, until: now + SUBJECT_MEMO_MS });
  }
  return subject;
}

/** Rights or credentials changed: every remembered subject is looked up again. */
export function forgetSubjects(): void {
  memo.clear();
}
