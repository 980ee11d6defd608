// @ts-check
/**
 * Next.js's cache handler (next.config.ts `cacheHandler`): where the server keeps the reading
 * pages it rendered once (static pages, generated on first request), in memory, for every reader.
 *
 * Why a handler of our own: Next's default cache forgets a page only in the process that called
 * revalidatePath. Several instances on one database must all forget it, and so must a change the
 * CLI importer wrote. So before a kept page stands in for a render, the content version is read
 * from PostgreSQL (lib/server/content-check.mjs), which any writer's commit moves; when it moved,
 * every page kept before is dropped and rendered again. Saves are rare and a render is one query
 * and a string (lib/families/rendered.ts), so dropping every page instead of working out which
 * ones is cheap and never misses a page that shows another family's title.
 *
 * A page's age is taken from when its render began (the cache miss), not when it was stored, so
 * a render that read the database before a change and finished after it is not kept.
 *
 * Plain JavaScript: Next imports this file as it is, outside its bundles.
 */
import { drop, freshEntry, keep, now, state } from "./cached-pages.mjs";
import { contentConfirmed } from "./content-check.mjs";

// Counted in characters of HTML and RSC payload; in memory a character takes one or two bytes.
const limitBytes = Number(process.env.LADDER_PAGE_CACHE_MB || 32) * 1024 * 1024;

export default class PageCache {
  /** @param {string} key */
  async get(key) {
    // A render reads the database after the request arrived; so must what is kept stand in for one.
    const entry = (await contentConfirmed()) ? freshEntry(key) : null;
    if (entry) return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    if (!state.misses.has(key)) state.misses.set(key, now());
    return null;
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ cacheControl?: unknown, tags?: string[] }} ctx
   */
  async set(key, value, ctx) {
    const began = state.misses.get(key) ?? now();
    state.misses.delete(key);
    if (!value) return drop(key);
    const header = value.headers?.["x-next-cache-tags"];
    const tags = [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
    keep(key, value, { began, cacheControl: ctx?.cacheControl, tags, limitBytes });
  }

  /** revalidatePath / revalidateTag in this process (other processes learn of saves from PostgreSQL's content version). */
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) state.tags.set(tag, now);
    state.version++;
  }

  resetRequestCache() {}
}
