import { describeDatabase } from "../../db/client";
import { seedDemoContent } from "../../db/seed/demo";
import { getDatabaseHandle } from "../../db/server";
import { startAuth } from "../auth/startup";

/**
 * Everything the server does once when it starts, before the first request: refuse unsafe
 * configuration (startAuth exits the process), open and migrate the database, and give a fresh
 * embedded store its demo content so a new clone has something to show.
 */
export async function startServer(): Promise<void> {
  await startAuth();
  const handle = await getDatabaseHandle();
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
