// @ts-check
/**
 * The reading pages this process keeps in memory: filled by Next's cache handler
 * (lib/server/page-cache.mjs) when it renders a static page, and read by it on every cache
 * lookup; the front door (lib/server/front-door.ts) also answers a signed-in reader's request for
 * a whole page from here (`freshDocument`), before Next.js sees the request at all.
 *
 * Why the bytes are served before Next: a cached page served by Next costs about twice a bare
 * static route (the proxy's own invocation, then routing, the cache lookup, an ETag hashed over
 * the whole page and the page written out as a string on every answer), and even answered by the
 * proxy it still costs Next's handling around it. Handing back bytes made once is all there is to
 * do once the session is checked.
 *
 * On globalThis by name: the cache handler is loaded as is, the front door from the
 * instrumentation bundle, and both must see one store per process.
 */
import { createHash } from "node:crypto";

/**
 * @typedef {{ body: Buffer, etag: string }} Document
 * @typedef {{ at: number, version: number }} Moment when a render began: the clock, and `state.version`
 * @typedef {{ value: any, lastModified: number, version: number, cacheControl: any, tags: string[], bytes: number,
 *   path: string | null, document: Document | null }} Entry
 * @typedef {{ entries: Map<string, Entry>, documents: Map<string, string>, bytes: number,
 *   changedVersion: number, tags: Map<string, number>, misses: Map<string, Moment>, version: number }} State
 */

/** One state per process, shared by every handler instance Next creates, the front door, and tests. */
export const state = /** @type {State} */ (
  /** @type {any} */ (globalThis)[Symbol.for("ladder.pageCache")] ??= {
    entries: new Map(),
    documents: new Map(),
    bytes: 0,
    changedVersion: 0,
    tags: new Map(),
    misses: new Map(),
    version: 0,
  }
);

/** @param {Entry} entry */
function isFresh(entry) {
  // Counted, not timed: a render begun in the very millisecond of a change must not pass for a later one.
  if (entry.version < state.changedVersion) return false;
  return !entry.tags.some((tag) => (state.tags.get(tag) ?? 0) >= entry.lastModified);
}

/**
 * Next's key for a page's cache entry ends in its path: `/route-cache/APP_PAGE/<hash>/$/job-families/a/b`,
 * `…/$/index` for `/`. Only whole-page entries that answered 200 are served by the front door; should
 * a later Next spell its keys otherwise, nothing is found here and Next serves every page itself.
 * @param {string} key
 * @param {any} value
 * @returns {string | null}
 */
function documentPath(key, value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || (value.status ?? 200) !== 200) return null;
  const at = key.indexOf("/$/");
  if (!key.startsWith("/route-cache/APP_PAGE/") || at < 0) return null;
  const path = key.slice(at + 2);
  return path === "/index" ? "/" : path;
}

/**
 * The bytes of a whole page, encoded once, with a validator made once (Next would hash the page
 * again for every answer).
 * @param {string} html
 * @returns {Document}
 */
function documentOf(html) {
  const body = Buffer.from(html, "utf8");
  return { body, etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
}

/** @param {string} key */
export function drop(key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.bytes -= entry.bytes;
  state.entries.delete(key);
  if (entry.path !== null && state.documents.get(entry.path) === key) state.documents.delete(entry.path);
}

/**
 * Keeps what Next rendered under its key (and, for a whole page, under its path for the front door).
 * @param {string} key
 * @param {any} value
 * @param {{ began: Moment, cacheControl: unknown, tags: string[], limitBytes: number }} meta
 */
export function keep(key, value, meta) {
  drop(key);
  const path = documentPath(key, value);
  const document = path === null ? null : documentOf(value.html);
  const { began, cacheControl, tags } = meta;
  const entry = { value, lastModified: began.at, version: began.version, cacheControl, tags, path, document, bytes: sizeOf(value, document) };
  state.entries.set(key, entry);
  if (path !== null) state.documents.set(path, key);
  state.bytes += entry.bytes;
  for (const oldest of state.entries.keys()) {
    if (state.bytes <= meta.limitBytes) break;
    drop(oldest);
  }
}

/**
 * A fresh entry by Next's key, now the most recently used; null (and dropped) when stale.
 * @param {string} key
 * @returns {Entry | null}
 */
export function freshEntry(key) {
  const entry = state.entries.get(key);
  if (entry && isFresh(entry)) {
    // Least recently used goes first when the cache is full: move this one to the end.
    state.entries.delete(key);
    state.entries.set(key, entry);
    return entry;
  }
  drop(key);
  return null;
}

/**
 * Everything kept so far is out of date: content changed (lib/server/content-check.mjs), or may
 * have changed unseen.
 */
export function contentChanged() {
  state.changedVersion = ++state.version;
}

/**
 * Now, as a render's beginning: what is rendered from here on may be kept until the next change.
 * @returns {Moment}
 */
export function now() {
  return { at: Date.now(), version: state.version };
}

/**
 * A number that moves whenever content may have changed, for other things kept in memory until
 * then (lib/server/content-memo.ts).
 * @returns {number}
 */
export function contentVersion() {
  return state.version;
}

/**
 * The whole page at `path` as Next last rendered it, if it is still fresh: what Next itself
 * would answer a document request with.
 * @param {string} path
 * @returns {Document | null}
 */
export function freshDocument(path) {
  const key = state.documents.get(path);
  return key === undefined ? null : (freshEntry(key)?.document ?? null);
}

/**
 * @param {any} value
 * @param {Document | null} document
 */
function sizeOf(value, document) {
  if (!value) return 0;
  let bytes = document?.body.length ?? 0;
  if (typeof value.html === "string") bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.length;
  if (value.body) bytes += value.body.length;
  if (value.segmentData) for (const segment of value.segmentData.values()) bytes += segment.length;
  return bytes + 1024;
}
