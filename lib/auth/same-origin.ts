import type { NextRequest } from "next/server";

/**
 * Was this POST sent by a page of this site? Browsers say so in Sec-Fetch-Site, or else in
 * Origin; a cross-site form (someone else's page signing you out, or into a sign-in you did not
 * start) has a foreign one. Browsers send Origin with every cross-site POST, so a request with
 * neither header is not a browser being tricked by another site, and is let through.
 */
export function isSameOrigin(request: NextRequest): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
