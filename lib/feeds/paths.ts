/**
 * Where the Atom feeds live: outside /api, since a feed token reads nothing else, and outside the
 * session's reach, since a feed reader cannot sign in (the route checks the token in the URL).
 * Pure, so the proxy can use it too.
 */
export const FEEDS_PREFIX = "/feeds/";

/** Every change of every family (and, for an admin, the portal's other events). */
export const CHANGES_FEED_PATH = `${FEEDS_PREFIX}changes.atom`;

export const familyFeedPath = (department: string, slug: string) => `${FEEDS_PREFIX}families/${department}/${slug}.atom`;

export const isFeedPath = (pathname: string) => pathname.startsWith(FEEDS_PREFIX);

/** The family slug of a feed file name, `product-manager.atom` → `product-manager`; null for another name. */
export function slugOfFeedFile(file: string): string | null {
  return file.endsWith(".atom") && file.length > ".atom".length ? file.slice(0, -".atom".length) : null;
}
