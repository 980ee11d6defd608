import { join } from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations; safe to run from several instances at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.exclusively("ladder:migrate", async () => {
    if (handle.config.kind === "postgres") {
      await migratePostgres(handle.db as never, { migrationsFolder });
    } else {
      await migratePglite(handle.db as never, { migrationsFolder });
    }
  });
}
