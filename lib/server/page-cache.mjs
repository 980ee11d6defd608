// @ts-check
/**
 * Next.js's cache handler (next.config.ts `cacheHandler`): where the server keeps the reading
 * pages it rendered once (static pages, generated on first request), in memory, for every reader.
 *
 * Why a handler of our own: Next's default cache forgets a page only in the process that called
 * revalidatePath. Several instances on one database must all forget it, and so must a change the
 * CLI importer wrote. So every instance LISTENs on PostgreSQL's `ladder_content_changed` channel,
 * which a trigger notifies at the commit of any change to a family or department (migration
 * 0002), from any writer; on a notification every cached page rendered before it is dropped and
 * rendered again on its next request. Saves are rare and a render is one query and a string
 * (lib/families/rendered.ts), so dropping every page instead of working out which ones is cheap
 * and never misses a page that shows another family's title.
 *
 * A page's age is taken from when its render began (the cache miss), not when it was stored, so
 * a render that read the database before a change and finished after it is not kept.
 *
 * Plain JavaScript: Next imports this file as it is, outside its bundles.
 */
import postgres from "postgres";
import { contentChanged, drop, freshEntry, keep, state } from "./cached-pages.mjs";
import { contentConfirmed } from "./content-check.mjs";

const CHANNEL = "ladder_content_changed";
// Counted in characters of HTML and RSC payload; in memory a character takes one or two bytes.
const limitBytes = Number(process.env.LADDER_PAGE_CACHE_MB || 32) * 1024 * 1024;


/**
 * A number that changes whenever content may have changed (here or, through PostgreSQL, on
 * another instance), for other things kept in memory until then (lib/server/content-memo.ts);
 * null while nothing may be kept, because this instance cannot hear of changes.
 * @returns {number | null}
 */
export function contentVersion() {
  void listenForChanges();
  return Number.isFinite(state.changedAt) ? state.version : null;
}

/**
 * Starts listening for content changes (once per process). The server calls it at start-up and
 * waits for it (lib/server/startup.ts), so no page is cached before the signal is in place; the
 * handler also calls it, for safety. Resolves when listening (or at once without PostgreSQL).
 * @returns {Promise<void>}
 */
export function listenForChanges() {
  if (state.listening) return state.listening;
  const url = process.env.DATABASE_URL;
  // The embedded store serves one process, which revalidates itself (app/_server/family-changed.ts).
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return (state.listening = Promise.resolve());
  const listener = postgres(url, { max: 1, onnotice: () => {} });
  state.listening = listener
    // onlisten runs after every (re)connect, when changes may have been missed: all is out of date.
    .listen(CHANNEL, contentChanged, contentChanged)
    .then(() => {})
    .catch((/** @type {unknown} */ error) => {
      // Without the signal a cached page could outlive a change: cache nothing, and try again soon.
      console.error("Ladder: cannot listen for content changes; pages are not cached until it can:", error);
      state.changedAt = Number.POSITIVE_INFINITY;
      void listener.end({ timeout: 1 });
      setTimeout(() => (state.listening = undefined), 5000).unref();
    });
  return state.listening;
}

export default class PageCache {
  /** @param {string} key */
  async get(key) {
    void listenForChanges();
    // A render reads the database after the request arrived; so must what is kept stand in for one.
    const entry = (await contentConfirmed()) ? freshEntry(key) : null;
    if (entry) return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    if (!state.misses.has(key)) state.misses.set(key, Date.now());
    return null;
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ cacheControl?: unknown, tags?: string[] }} ctx
   */
  async set(key, value, ctx) {
    const startedAt = state.misses.get(key) ?? Date.now();
    state.misses.delete(key);
    if (!value) return drop(key);
    const header = value.headers?.["x-next-cache-tags"];
    const tags = [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
    keep(key, value, { lastModified: startedAt, cacheControl: ctx?.cacheControl, tags, limitBytes });
  }

  /** revalidatePath / revalidateTag in this process (other processes hear of saves through PostgreSQL). */
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) state.tags.set(tag, now);
    state.version++;
  }

  resetRequestCache() {}
}
