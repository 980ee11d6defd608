/**
 * The handbook's site (`LADDER_HANDBOOK_URL`, e.g. `https://handbook.example.com`) that links to
 * handbook pages the portal does not hold lead to; null when unset. Without a trailing slash, so
 * a page's path (`/handbook/hiring/`) appends to it.
 */
export function handbookUrlFromEnv(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.LADDER_HANDBOOK_URL?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`LADDER_HANDBOOK_URL must be an http(s) URL such as https://handbook.example.com, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`LADDER_HANDBOOK_URL must be an http(s) URL such as https://handbook.example.com, not "${value}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
