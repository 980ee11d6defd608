import { type Database, databaseConfigFromEnv, describeDatabase, openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";

/** Opens the configured database (migrated), runs `fn`, and always closes it again. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = databaseConfigFromEnv();
  const handle = await openDatabase(config);
  try {
    await migrateDatabase(handle);
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

export function databaseLabel(): string {
  return describeDatabase(databaseConfigFromEnv());
}
