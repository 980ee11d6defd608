import { userInfo } from "node:os";
import { desc, eq } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { auditEvents } from "../../db/schema";
import { forgetSubjects } from "./subject-memo";

/** Who did something: a signed-in user, or a named non-person ("cli (root)", "sign-in"). */
export type Actor = { id: number | null; name: string };

export type AuditAction =
  | "role.granted"
  | "role.revoked"
  | "token.created"
  | "token.revoked"
  | "user.created";

/**
 * Appends one audit event; call it inside the transaction that made the change. Every change to
 * who may do what (grants, tokens, users) is audited, so this is also where the API's memory of
 * recent callers is dropped (lib/access/subjects.ts).
 */
export async function recordAudit(
  tx: Executor,
  actor: Actor,
  action: AuditAction,
  target: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await tx.insert(auditEvents).values({ actorId: actor.id, actorName: actor.name, action, target, details });
  forgetSubjects();
}

export function userTarget(email: string): string {
  return `user:${email}`;
}

export type AuditEntry = typeof auditEvents.$inferSelect;

/** The newest events about one target (e.g. a user), for the admin's view of a person. */
export async function listAuditEvents(db: Database, target: string, limit = 20): Promise<AuditEntry[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.target, target)).orderBy(desc(auditEvents.id)).limit(limit);
}

/** Changes made with the command line name the operating-system user who ran it. */
export function cliActor(): Actor {
  let user = process.env.USER ?? "unknown";
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (some containers): keep $USER
  }
  return { id: null, name: `cli (${user})` };
}
