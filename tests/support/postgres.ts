import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";

/**
 * A PostgreSQL server where tests and the bench may create and drop their own databases
 * (`LADDER_TEST_POSTGRES_URL`, default: the local one). Kept apart from databases.ts, which
 * needs vitest, so that the bench can use it too.
 */
export const postgresAdminUrl = process.env.LADDER_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Whether that server answers. */
export async function postgresAvailable(): Promise<boolean> {
  const sql = postgres(postgresAdminUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export type TestDatabase = DatabaseHandle & { label: string; url?: string; drop(): Promise<void> };

/** A fresh, migrated PostgreSQL database with a unique name (`<prefix>_<random>`), and how to drop it. */
export async function createPostgresDatabase(prefix = "ladder_test"): Promise<TestDatabase & { url: string }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(postgresAdminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 25 });
  await migrateDatabase(handle);
  return {
    ...handle,
    label: "postgres",
    url: url.toString(),
    async drop() {
      await handle.close();
      const cleanup = postgres(postgresAdminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
