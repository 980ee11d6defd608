import { databaseConfigFromEnv, describeDatabase } from "../../db/client";
import { seedDemoContent } from "../../db/seed/demo";
import { getDatabaseHandle } from "../../db/server";
import { startAuth } from "../auth/startup";
import { handbookUrlFromEnv } from "../markdown/handbook-url";

/**
 * The embedded store serves one process: fine for a laptop, wrong for production behind a load
 * balancer, where a second instance would fail and a lost folder loses everything. So production
 * asks for PostgreSQL unless the embedded store is chosen explicitly.
 */
function checkDatabaseChoice(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV !== "production" || env.DATABASE_URL || env.LADDER_EMBEDDED_DB === "1") return;
  throw new Error(
    "DATABASE_URL is not set (NODE_ENV=production). Set it to your PostgreSQL database, e.g. " +
      "postgres://ladder:…@db.example.com:5432/ladder, or set LADDER_EMBEDDED_DB=1 to run a single " +
      "instance on the embedded store in LADDER_DATA_DIR.",
  );
}

async function openDatabase() {
  const config = databaseConfigFromEnv();
  try {
    return await getDatabaseHandle();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = config.kind === "postgres" ? " Check DATABASE_URL and that the server answers." : "";
    throw new Error(`cannot open ${describeDatabase(config)}: ${reason}.${hint}`);
  }
}

/**
 * Everything the server does once when it starts, before the first request: refuse unsafe
 * configuration, open and migrate the database, and give a fresh embedded store its demo
 * content so a new clone has something to show.
 */
export async function startServer(): Promise<void> {
  await startAuth();
  checkDatabaseChoice(process.env);
  handbookUrlFromEnv(); // a malformed LADDER_HANDBOOK_URL stops the start, not the first page

  const handle = await openDatabase();
  console.log(`Ladder: data in ${describeDatabase(handle.config)}`);
  const wantsDemo =
    process.env.LADDER_DEMO_CONTENT === "1" || (handle.config.kind !== "postgres" && process.env.LADDER_DEMO_CONTENT !== "0");
  if (wantsDemo) {
    const imported = await seedDemoContent(handle.db);
    if (imported > 0) console.log(`Ladder: imported ${imported} demo job families into the empty database`);
  }
}

/** A server that cannot reach its data or is unsafely configured must not half-start. */
export async function startServerOrExit(): Promise<void> {
  try {
    await startServer();
  } catch (error) {
    console.error("Ladder could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
