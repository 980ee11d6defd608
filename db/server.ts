import "server-only";
import { type Database, type DatabaseHandle, databaseConfigFromEnv, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

// One handle per server process. Kept on globalThis so that development reloads reuse it
// instead of opening the embedded store twice (which its lock would refuse).
const state = globalThis as unknown as { ladderDatabase?: Promise<DatabaseHandle> };

/** The server's database, opened and migrated on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  state.ladderDatabase ??= openDatabase(databaseConfigFromEnv()).then(async (handle) => {
    await migrateDatabase(handle);
    return handle;
  });
  return state.ladderDatabase;
}

export async function getDatabase(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}
