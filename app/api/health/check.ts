import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { failureReason } from "@/db/unavailable";

export type Health = { status: 200; body: { status: "ok" } } | { status: 503; body: { status: "unavailable" } };

/**
 * Is the database answering? Takes the database (or the promise of one, which may itself fail to
 * open) so tests can hand it a broken one. Bounded in time: a load balancer's probe must get an
 * answer, not a hang, while a PostgreSQL server is unreachable.
 */
export async function checkHealth(database: Database | Promise<Database>, timeoutMs = 3000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve(database).then((db) => db.execute(sql`select 1`)), timeout]);
    return { status: 200, body: { status: "ok" } };
  } catch (error) {
    // Up or down only: the reason (driver text, host names, queries) goes to the log, not to callers.
    console.warn(`Ladder health check: database unavailable: ${failureReason(error)}`);
    return { status: 503, body: { status: "unavailable" } };
  } finally {
    clearTimeout(timer);
  }
}
