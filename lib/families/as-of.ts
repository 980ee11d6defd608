
/** A calendar day `YYYY-MM-DD` that exists, or null. */
export function parseDay(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** The first instant after `day` ends, in UTC: revisions before it were current by the end of that day. */
export function endOfDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** Where a family's page as of a day is served from (proxy.ts rewrites `?asOf=` requests there). */
export const asOfPagePath = (department: string, slug: string, day: string) =>
  `/job-families/${department}/${slug}/as-of/${encodeURIComponent(day)}`;

/**
 * `/job-families/{department}/{family}?asOf=…` → the internal address of that family as of the
 * day; null for any other request. The family page itself never reads the query string, so it
 * can stay static.
 */
export function asOfRewrite(url: URL): URL | null {
  const day = url.searchParams.get("asOf");
  const match = /^\/job-families\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
  if (day === null || !match) return null;
  const target = new URL(url);
  target.pathname = asOfPagePath(match[1], match[2], day);
  target.searchParams.delete("asOf");
  return target;
}
