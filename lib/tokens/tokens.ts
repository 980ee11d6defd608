import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { apiTokens, users } from "../../db/schema";
import { type Actor, recordAudit, userTarget } from "../access/audit";
import { ensureUser, findUserByEmail } from "../access/users";
import { InvalidError, NotFoundError, UnauthenticatedError } from "../errors";
import { type TokenKind, generateToken, hashToken, tokenKindOf } from "./secret";

export const tokenNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters")
  // A NUL cannot be stored in PostgreSQL text; other control characters only confuse listings.
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "must not contain control characters");

export type TokenListing = {
  id: number;
  name: string;
  kind: TokenKind;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function parseName(name: string): string {
  const parsed = tokenNameSchema.safeParse(name);
  if (!parsed.success) throw new InvalidError([{ path: "name", message: parsed.error.issues[0].message }]);
  return parsed.data;
}

/**
 * Creates a token of `kind` for the user with this email (created if missing) and returns it: the
 * only time it exists outside the caller, since only its hash is stored. Names are unique among a
 * user's active tokens so that `token revoke --name` means one token.
 */
export async function createToken(
  db: Database,
  actor: Actor,
  owner: { email: string },
  name: string,
  kind: TokenKind = "personal",
): Promise<{ token: string; id: number; name: string; email: string; kind: TokenKind }> {
  const tokenName = parseName(name);
  return db.transaction(async (tx) => {
    const user = await ensureUser(tx, owner.email, actor);
    // Serialises token changes per user so the name check below cannot race.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for("update");
    const [clash] = await tx
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, user.id), eq(apiTokens.name, tokenName), isNull(apiTokens.revokedAt)));
    if (clash) {
      throw new InvalidError([{ path: "name", message: `${user.email} already has an active token named "${tokenName}"` }]);
    }
    const token = generateToken(kind);
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: user.id, name: tokenName, kind, tokenHash: hashToken(token) })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, actor, "token.created", userTarget(user.email), { tokenId: row.id, name: tokenName, kind });
    return { token, id: row.id, name: tokenName, email: user.email, kind };
  });
}

/** What a listing shows of a token: never the token or its hash. */
const tokenListingColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  kind: apiTokens.kind,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export async function listTokens(db: Database, userId: number): Promise<TokenListing[]> {
  return db
    .select(tokenListingColumns)
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(sql`${apiTokens.revokedAt} is not null`, desc(apiTokens.createdAt));
}

export async function listTokensByEmail(db: Database, email: string): Promise<TokenListing[]> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`No user with email ${email}`);
  return listTokens(db, user.id);
}

/**
 * Revokes one of `ownerId`'s tokens. The owner filter is the authorisation: a token id from
 * someone else's list is simply not found.
 */
export async function revokeToken(db: Database, actor: Actor, ownerId: number, tokenId: number): Promise<{ name: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, ownerId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, kind: apiTokens.kind });
    if (!row) throw new NotFoundError("No such active token");
    const [owner] = await tx.select({ email: users.email }).from(users).where(eq(users.id, ownerId));
    await recordAudit(tx, actor, "token.revoked", userTarget(owner.email), { tokenId: row.id, name: row.name, kind: row.kind });
    return { name: row.name };
  });
}

/** The CLI's way: the owner's email and the token's name. */
export async function revokeTokenByName(db: Database, actor: Actor, email: string, name: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`No user with email ${email}`);
  const [row] = await db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, user.id), eq(apiTokens.name, parseName(name)), isNull(apiTokens.revokedAt)));
  if (!row) throw new NotFoundError(`${user.email} has no active token named "${name}"`);
  await revokeToken(db, actor, user.id, row.id);
}

/** Why a token of the other kind is refused here, so the person knows which one to use. */
const wrongKind: Record<TokenKind, string> = {
  personal: "This is a feed token: it only reads the Atom feeds. The API needs a personal access token as `Authorization: Bearer <token>`",
  feed: "Feeds take a feed token (create one with Subscribe on a family's history); a personal access token is never accepted in a URL",
};

/**
 * The user id a presented token of `kind` acts for. A token of the other kind is refused: a feed
 * token never reaches the API, and an API token never works from a URL. Records when it was last
 * used, at most once a minute, so a busy script does not turn every read into a write.
 */
export async function authenticateToken(
  db: Database,
  token: string,
  kind: TokenKind = "personal",
): Promise<{ userId: number; tokenId: number }> {
  const shape = tokenKindOf(token);
  if (shape === null) throw new UnauthenticatedError("That is not a Ladder access token");
  if (shape !== kind) throw new UnauthenticatedError(wrongKind[kind]);
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, kind: apiTokens.kind, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(token)));
  if (!row) throw new UnauthenticatedError("Unknown access token");
  // The prefix is the token's own claim; the stored kind is what it was created as.
  if (row.kind !== kind) throw new UnauthenticatedError(wrongKind[kind]);
  if (row.revokedAt) throw new UnauthenticatedError("This access token has been revoked");
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, row.id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  return { userId: row.userId, tokenId: row.id };
}

/** Every token with its owner's email (never the token itself), for the CLI's `token list`. */
export async function listAllTokens(db: Database): Promise<(TokenListing & { email: string })[]> {
  return db
    .select({ ...tokenListingColumns, email: users.email })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(users.email, sql`${apiTokens.revokedAt} is not null`, desc(apiTokens.createdAt));
}
