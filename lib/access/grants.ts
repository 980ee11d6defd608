import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { roleGrants, users } from "../../db/schema";
import { InvalidError, NotFoundError } from "../errors";
import { type Actor, recordAudit, userTarget } from "./audit";
import { type Role, type Scope, checkGrantShape, describeGrant } from "./roles";
import { ensureUser, findUserByEmail } from "./users";

export type GrantRequest = Scope & { email: string; role: Role };

export type GrantRow = typeof roleGrants.$inferSelect;

function checkShape(request: GrantRequest) {
  const problem = checkGrantShape(request);
  if (problem) throw new InvalidError([{ path: request.role === "admin" ? "role" : "family", message: problem }]);
}

const sameScope = (request: GrantRequest) =>
  and(
    eq(roleGrants.role, request.role),
    request.department === null ? isNull(roleGrants.department) : eq(roleGrants.department, request.department),
    request.family === null ? isNull(roleGrants.family) : eq(roleGrants.family, request.family),
  );

/**
 * Gives a user a role, creating the user when that email has not signed in yet. Granting what
 * they already hold changes nothing and says so.
 */
export async function grantRole(
  db: Database,
  actor: Actor,
  request: GrantRequest,
): Promise<{ status: "granted" | "unchanged"; email: string; description: string }> {
  checkShape(request);
  const description = describeGrant(request);
  return db.transaction(async (tx) => {
    const user = await ensureUser(tx, request.email, actor);
    // Serialises grants to one user so two identical grants cannot both be inserted.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for("update");
    const [existing] = await tx
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, user.id), eq(roleGrants.source, "admin"), sameScope(request)));
    if (existing) return { status: "unchanged", email: user.email, description };
    await tx.insert(roleGrants).values({
      userId: user.id,
      role: request.role,
      department: request.department,
      family: request.family,
      source: "admin",
    });
    await recordAudit(tx, actor, "role.granted", userTarget(user.email), {
      role: request.role,
      department: request.department,
      family: request.family,
      source: "admin",
      summary: description,
    });
    return { status: "granted", email: user.email, description };
  });
}

/**
 * Takes back a role an admin gave. Group-derived roles are not revocable here: the next sign-in
 * would bring them back, so the message points at where they come from.
 */
export async function revokeRole(db: Database, actor: Actor, request: GrantRequest): Promise<{ email: string; description: string }> {
  checkShape(request);
  const description = describeGrant(request);
  return db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, request.email);
    if (!user) throw new NotFoundError(`No user with email ${request.email}`);
    const matching = await tx
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, user.id), sameScope(request)));
    const fromAdmin = matching.find((g) => g.source === "admin");
    if (!fromAdmin) {
      if (matching.length > 0) {
        throw new NotFoundError(
          `${user.email} is ${description} through their identity provider groups (LADDER_ROLE_MAP); ` +
            `change their group membership or the role map instead`,
        );
      }
      throw new NotFoundError(`${user.email} is not ${description}`);
    }
    await removeGrant(tx, actor, user.email, fromAdmin);
    return { email: user.email, description };
  });
}

/** Revokes one grant by id, as the admin page does; refuses group-derived grants like revokeRole. */
export async function revokeGrantById(db: Database, actor: Actor, grantId: number): Promise<{ email: string; description: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ grant: roleGrants, email: users.email })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(eq(roleGrants.id, grantId));
    if (!row) throw new NotFoundError("That role has already been revoked");
    if (row.grant.source !== "admin") {
      throw new InvalidError([
        { path: "grant", message: "comes from identity provider groups; change the groups or LADDER_ROLE_MAP instead" },
      ]);
    }
    await removeGrant(tx, actor, row.email, row.grant);
    return { email: row.email, description: describeGrant(row.grant) };
  });
}

async function removeGrant(tx: Executor, actor: Actor, email: string, grant: GrantRow) {
  await tx.delete(roleGrants).where(eq(roleGrants.id, grant.id));
  await recordAudit(tx, actor, "role.revoked", userTarget(email), {
    role: grant.role,
    department: grant.department,
    family: grant.family,
    source: grant.source,
    summary: describeGrant(grant),
  });
}

export async function listGrantsOfUser(db: Database, userId: number): Promise<GrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.role), asc(roleGrants.department), asc(roleGrants.family));
}
