import type { Subject } from "./policy";

/**
 * Subjects the API looked up a moment ago, by credential (a token's hash, a session's user). An
 * API client sends many requests a second, each of which would otherwise read its token, user and
 * grants again (three queries before any work). Kept briefly: a token revoked or a role changed
 * on this instance is forgotten at once (recordAudit, which every such change writes, calls
 * forgetSubjects); on another instance it takes effect within SUBJECT_MEMO_MS, less than a
 * session cookie, which stays valid until it expires, ever allowed.
 * On globalThis: route handlers, server actions and the front door are bundled apart but share the process.
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
  const kept = rememberedSubject(credential);
  if (kept) return kept;
  memo.delete(credential);
  const subject = await load();
  if (subject) {
    if (memo.size >= SUBJECTS_KEPT) memo.delete(memo.keys().next().value!);
    memo.set(credential, { subject, until: now + SUBJECT_MEMO_MS });
  }
  return subject;
}

/**
 * The subject remembered for this credential, if looked up less than SUBJECT_MEMO_MS ago; null
 * otherwise, without looking it up (for the front door, which answers only from memory).
 */
export function rememberedSubject(credential: string): Subject | null {
  const kept = memo.get(credential);
  return kept && kept.until > Date.now() ? kept.subject : null;
}

/** Rights or credentials changed: every remembered subject is looked up again. */
export function forgetSubjects(): void {
  memo.clear();
}
