import { describe, expect, it } from "vitest";
import { grantRole, revokeGrantById } from "../../../lib/access/grants";
import { InvalidError, NotFoundError } from "../../../lib/errors";
import { createToken, revokeToken } from "../../../lib/tokens/tokens";
import { stores, useDatabase } from "../../support/databases";

const actor = { id: null, name: "test" };
const postgres = stores.filter((s) => s.label === "postgres");

/** The error a call ends in (the probe replayed server actions with such input and got 500s). */
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

// PostgreSQL is the store that refused these values with its own errors (NUL in text, integer range).
describe.each(postgres)("crafted input reaching the domain functions on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("a token name with a NUL is a field error, not a database error", async () => {
    const error = await failure(createToken(database().db, actor, { email: "nul@example.com" }, "HR\u0000sync"));
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues).toEqual([{ path: "name", message: "must not contain control characters" }]);
  });

  it.skipIf(store.skip)("a 5,012-character email is a field error, and nobody is created", async () => {
    const email = `${"a".repeat(5000)}@example.com`;
    const error = await failure(grantRole(database().db, actor, { email, role: "admin", department: null, family: null }));
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues[0]).toEqual({ path: "email", message: "must be at most 254 characters" });
  });

  it.skipIf(store.skip)("an email with a NUL is a field error", async () => {
    const error = await failure(grantRole(database().db, actor, { email: "a\u0000b@example.com", role: "admin", department: null, family: null }));
    expect(error).toBeInstanceOf(InvalidError);
  });

  it.skipIf(store.skip)("ids that are numbers but no record's are 'not found'", async () => {
    // Within the integer range: the domain answers not found. Outside it, the action's schema does (unit test).
    expect(await failure(revokeGrantById(database().db, actor, 2_147_483_647))).toBeInstanceOf(NotFoundError);
    expect(await failure(revokeToken(database().db, actor, 1, 2_147_483_647))).toBeInstanceOf(NotFoundError);
  });
});
