// @ts-check
/**
 * Before this process answers from memory (a cached page, a family's JSON), it asks PostgreSQL
 * which version of the content is current: the number migration 0009 bumps at the commit of any
 * change to a family or department, from any writer (a save on any instance, the CLI importer).
 * If it moved, everything kept is out of date.
 *
 * Why a read and not a notice (LISTEN/NOTIFY, which Ladder used before): a notice arrives
 * milliseconds after the commit, but not in step with other connections, so a reader whose
 * request followed a save elsewhere could still be answered with the page from before it. A read
 * begun after the request arrived sees every transaction that committed before it.
 *
 * Requests share the reads: one is on its way at a time, and a request that arrives while one is
 * on its way waits for the next (the one on its way may have begun before a commit the request
 * follows). Under load that is one short query for many answers.
 *
 * Plain JavaScript on globalThis by name, like the page store: the cache handler is loaded as is,
 * the front door from its own bundle, and both must share one connection and one read per process.
 */
import postgres from "postgres";
import { contentChanged } from "./cached-pages.mjs";

/**
 * @typedef {{ url: string | null, sql: import("postgres").Sql | null, running: Promise<boolean> | null,
 *   waiting: Promise<boolean> | null, seen: number | null }} Check
 */
const check = /** @type {Check} */ (
  /** @type {any} */ (globalThis)[Symbol.for("ladder.contentCheck")] ??= { url: null, sql: null, running: null, waiting: null, seen: null }
);

/**
 * Resolves true once the content version has been read from PostgreSQL after this call and
 * anything kept from before a newer one has been dropped; false when it could not be read (keep
 * serving nothing from memory then). At once true with the embedded store: it serves one process,
 * which hears of its own changes as it makes them.
 * @returns {Promise<boolean>}
 */
export function contentConfirmed() {
  const url = process.env.DATABASE_URL;
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return Promise.resolve(true);
  if (!check.running) return readVersion(url);
  return (check.waiting ??= check.running.then(() => {
    check.waiting = null;
    return readVersion(url);
  }));
}

/** @param {string} url */
function readVersion(url) {
  if (check.url !== url) {
    // A server has one database; a test process may move to another, whose version says nothing of this one's.
    void check.sql?.end({ timeout: 1 });
    Object.assign(check, { url, sql: postgres(url, { max: 1, onnotice: () => {} }), seen: null });
  }
  const running = /** @type {import("postgres").Sql} */ (check.sql)`select version from content_version`
    .then(([row]) => {
      const version = Number(row.version);
      // The first read cannot tell what changed before it: nothing kept until then is trusted.
      if (version !== check.seen) contentChanged();
      check.seen = version;
      return true;
    })
    .catch((/** @type {unknown} */ error) => {
      // Once per outage: until a read succeeds again, and drops what is kept, nothing comes from memory.
      if (check.seen !== null) console.error("Ladder: cannot read the content version; not answering from memory:", error);
      check.seen = null;
      return false;
    })
    .finally(() => {
      if (check.running === running) check.running = null;
    });
  check.running = running;
  return running;
}
