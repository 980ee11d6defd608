import { RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../../db/unavailable";

/**
 * A short memory of "the database just failed to answer", shared by everything in this server
 * process (hence globalThis: the proxy and the pages are bundled apart). A page cannot choose its
 * own HTTP status (Next answers 500 for any error in rendering), so while the database is down
 * the proxy answers page requests with 503 and Retry-After instead of letting each one fail.
 * The memory lasts only a few seconds: the next request after it tries the database again.
 */
const state = globalThis as unknown as { ladderDatabaseUnavailableUntil?: number };

/** Called with every error a request ends in; only "database unavailable" errors are remembered. */
export function noteRequestError(error: unknown): void {
  if (isDatabaseUnavailable(error)) state.ladderDatabaseUnavailableUntil = Date.now() + RETRY_AFTER_SECONDS * 1000;
}

/** Whether a request just now found the database unavailable. */
export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return (state.ladderDatabaseUnavailableUntil ?? 0) > now;
}
