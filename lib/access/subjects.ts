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
