import { contentVersion } from "./cached-pages.mjs";
import { contentConfirmed } from "./content-check.mjs";

type Kept<V> = { value: V; version: number; bytes: number };

/**
 * Values made from content (a family's published revision, its JSON), kept in memory until any
 * content changes: the same signal that drops cached pages (a save on this instance, or a move of
 * PostgreSQL's content version, read before use: lib/server/content-check.mjs; `kept` leaves that
 * read to its caller). So what is served from here is never older than what a page shows. The
 * least recently used entries go first once the entries' sizes (`sizeOf`, roughly bytes) pass
 * `limitBytes`.
 *
 * On globalThis by name: route handlers (and the front door, which only reads: `kept`) are
 * bundled apart but share the process.
 */
export function memoUntilContentChanges<V>(name: string, limitBytes: number, sizeOf: (value: V) => number) {
  const store = globalThis as { [key: symbol]: unknown };
  const memo = (store[Symbol.for(`ladder.memo.${name}`)] ??= { entries: new Map(), bytes: 0 }) as {
    entries: Map<string, Kept<V>>;
    bytes: number;
  };
  const { entries } = memo;

  const drop = (key: string) => {
    const kept = entries.get(key);
    if (kept) {
      memo.bytes -= kept.bytes;
      entries.delete(key);
    }
  };

  /** The value kept for `key` if it is still current (now the most recently used); undefined otherwise. */
  const kept = (key: string): V | undefined => {
    const entry = entries.get(key);
    drop(key);
    if (!entry || entry.version !== contentVersion()) return undefined;
    entries.set(key, entry); // most recently used last
    memo.bytes += entry.bytes;
    return entry.value;
  };

  async function get(key: string, load: () => Promise<V>): Promise<V> {
    // Like a cached page, a kept value stands in for a read made after the request arrived.
    const version = (await contentConfirmed()) ? contentVersion() : null;
    const current = version === null ? undefined : kept(key);
    if (current !== undefined) return current;
    const value = await load();
    // Not kept when content changed while it loaded (it may predate the change), nor when the version could not be read.
    if (version !== null && contentVersion() === version) {
      const size = sizeOf(value);
      entries.set(key, { value, version, bytes: size });
      memo.bytes += size;
      for (const oldest of entries.keys()) {
        if (memo.bytes <= limitBytes) break;
        drop(oldest);
      }
    }
    return value;
  }

  return Object.assign(get, { kept });
}
