import { afterAll, beforeAll } from "vitest";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { type TestDatabase, createPostgresDatabase, postgresAdminUrl, postgresAvailable } from "./postgres";

/**
 * Integration tests run against both stores the product supports: embedded PGlite (in memory,
 * one per test file) and a real PostgreSQL server, in a database created for this run and
 * dropped afterwards. `LADDER_TEST_POSTGRES_URL` points at the server (default: the local one).
 */
export { createPostgresDatabase, postgresAdminUrl, type TestDatabase };

// CI must exercise PostgreSQL: there a missing server is a failure, not a skip.
export const hasPostgres = process.env.CI ? true : await postgresAvailable();

/** A fresh, migrated in-memory PGlite. */
export async function createPgliteDatabase(): Promise<TestDatabase> {
  const handle = await openDatabase({ kind: "memory" });
  await migrateDatabase(handle);
  return { ...handle, label: "pglite", drop: () => handle.close() };
}

/** The stores each integration suite runs on: `describe.each(stores)`. */
export const stores: { label: string; create: () => Promise<TestDatabase>; skip: boolean }[] = [
  { label: "pglite", create: createPgliteDatabase, skip: false },
  { label: "postgres", create: createPostgresDatabase, skip: !hasPostgres },
];

export type Store = (typeof stores)[number];

/**
 * A fresh database of `store` for the enclosing suite: created before its tests, dropped after.
 * Returns an accessor, since the database exists only once the suite runs.
 */
export function useDatabase(store: Store): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (!store.skip) database = await store.create();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error(`no ${store.label} database: the suite is skipped or not started`);
    return database;
  };
}
