/** A 303 (a POST answered with "now GET this") that also sets the given cookies. */
export function redirectWithCookies(location: string, setCookies: string[]): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of setCookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}
