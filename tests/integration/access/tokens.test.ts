import { describe, expect, it } from "vitest";
import { apiTokens, auditEvents } from "../../../db/schema";
import { findUserByEmail } from "../../../lib/access/users";
import { InvalidError, NotFoundError, UnauthenticatedError } from "../../../lib/errors";
import { hashToken } from "../../../lib/tokens/secret";
import {
  authenticateToken,
  createToken,
  listTokens,
  revokeToken,
  revokeTokenByName,
} from "../../../lib/tokens/tokens";
import { stores, useDatabase } from "../../support/databases";

const actor = { id: null, name: "test" };

describe.each(stores)("personal access tokens on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("creates the owner if needed, stores only a hash, and authenticates as the owner", async () => {
    const created = await createToken(database().db, actor, { email: "bot@example.com" }, "HR sync");
    expect(created.token).toMatch(/^ladder_pat_/);
    const owner = await findUserByEmail(database().db, "bot@example.com");
    const rows = await database().db.select().from(apiTokens);
    expect(rows.some((r) => r.tokenHash === hashToken(created.token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect((await authenticateToken(database().db, created.token)).userId).toBe(owner!.id);
  });

  it.skipIf(store.skip)("shows when a token was last used", async () => {
    const created = await createToken(database().db, actor, { email: "used@example.com" }, "script");
    const owner = await findUserByEmail(database().db, "used@example.com");
    expect((await listTokens(database().db, owner!.id))[0].lastUsedAt).toBeNull();
    await authenticateToken(database().db, created.token);
    expect((await listTokens(database().db, owner!.id))[0].lastUsedAt).toBeInstanceOf(Date);
  });

  it.skipIf(store.skip)("stops a revoked token at once, and logs creation and revocation", async () => {
    const created = await createToken(database().db, actor, { email: "rev@example.com" }, "old");
    await revokeTokenByName(database().db, actor, "rev@example.com", "old");
    await expect(authenticateToken(database().db, created.token)).rejects.toThrow(/revoked/);
    const events = (await database().db.select().from(auditEvents)).filter((e) => e.target === "user:rev@example.com");
    expect(events.map((e) => e.action)).toEqual(["user.created", "token.created", "token.revoked"]);
  });

  it.skipIf(store.skip)("refuses unknown and malformed tokens", async () => {
    await expect(authenticateToken(database().db, `ladder_pat_${"A".repeat(43)}`)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(authenticateToken(database().db, "hunter2")).rejects.toThrow(/not a Ladder access token/);
  });

  it.skipIf(store.skip)("keeps active token names unique per user, so `token revoke --name` means one token", async () => {
    await createToken(database().db, actor, { email: "dup@example.com" }, "ci");
    await expect(createToken(database().db, actor, { email: "dup@example.com" }, "ci")).rejects.toBeInstanceOf(InvalidError);
    await revokeTokenByName(database().db, actor, "dup@example.com", "ci");
    await expect(createToken(database().db, actor, { email: "dup@example.com" }, "ci")).resolves.toMatchObject({ name: "ci" });
  });

  it.skipIf(store.skip)("does not let one user revoke another's token by id", async () => {
    const victim = await createToken(database().db, actor, { email: "victim@example.com" }, "mine");
    await createToken(database().db, actor, { email: "attacker@example.com" }, "x");
    const attacker = await findUserByEmail(database().db, "attacker@example.com");
    await expect(revokeToken(database().db, actor, attacker!.id, victim.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(authenticateToken(database().db, victim.token)).resolves.toMatchObject({ tokenId: victim.id });
  });

  it.skipIf(store.skip)("keeps the two kinds apart: a feed token reads only feeds, an API token never works as a feed token", async () => {
    const db = database().db;
    const feed = await createToken(db, actor, { email: "reader@example.com" }, "Feed reader", "feed");
    const api = await createToken(db, actor, { email: "reader@example.com" }, "script");
    expect(feed.token).toMatch(/^ladder_feed_[A-Za-z0-9_-]{43}$/);
    const owner = await findUserByEmail(db, "reader@example.com");
    expect((await authenticateToken(db, feed.token, "feed")).userId).toBe(owner!.id);
    await expect(authenticateToken(db, feed.token)).rejects.toThrow(/This is a feed token: it only reads the Atom feeds/);
    await expect(authenticateToken(db, api.token, "feed")).rejects.toThrow(/Feeds take a feed token/);
    // A token whose prefix was changed to pass as the other kind is still what it was created as.
    const disguised = api.token.replace(/^ladder_pat_/, "ladder_feed_");
    await expect(authenticateToken(db, disguised, "feed")).rejects.toThrow(/Unknown access token/);

    expect((await listTokens(db, owner!.id)).map((t) => [t.name, t.kind])).toEqual([
      ["script", "personal"],
      ["Feed reader", "feed"],
    ]);
    await revokeToken(db, actor, owner!.id, feed.id);
    await expect(authenticateToken(db, feed.token, "feed")).rejects.toThrow(/revoked/);
    const events = (await db.select().from(auditEvents)).filter((e) => e.target === "user:reader@example.com" && e.action.startsWith("token."));
    expect(events.map((e) => [e.action, e.details.kind])).toEqual([
      ["token.created", "feed"],
      ["token.created", "personal"],
      ["token.revoked", "feed"],
    ]);
  });
});
