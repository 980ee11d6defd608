import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What a transaction callback receives: the same query API as the database. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseConfig =
  | { kind: "postgres"; url: string; maxConnections?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "memory" };

export type DatabaseHandle = {
  db: Database;
  config: DatabaseConfig;
  /** Runs `fn` while holding a PostgreSQL advisory lock, so only one instance does it at a time. */
  exclusively<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Where the data lives: `DATABASE_URL` → PostgreSQL; otherwise PGlite in `LADDER_DATA_DIR`. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.LADDER_DATA_DIR || ".data" };
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "postgres") return `PostgreSQL at ${new URL(config.url).host}${new URL(config.url).pathname}`;
  if (config.kind === "pglite") return `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  return "embedded PostgreSQL (PGlite) in memory";
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === "postgres") {
    const client = postgres(config.url, { max: config.maxConnections ?? 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Database,
      config,
      async exclusively(key, fn) {
        const connection = await client.reserve();
        try {
          await connection`select pg_advisory_lock(hashtext(${key}))`;
          return await fn();
        } finally {
          await connection`select pg_advisory_unlock(hashtext(${key}))`.catch(() => {});
          connection.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const release = config.kind === "pglite" ? lockDataDir(config.dataDir) : () => {};
  try {
    const client = config.kind === "pglite" ? new PGlite(config.dataDir) : new PGlite();
    await client.waitReady;
    return {
      db: drizzlePglite(client, { schema }) as unknown as Database,
      config,
      // One process owns an embedded store (the lock), and PGlite runs one query at a time.
      exclusively: (_key, fn) => fn(),
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
