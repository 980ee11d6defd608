import { type NextRequest, NextResponse } from "next/server";
import { asOfRewrite } from "./lib/families/as-of";
import { isFeedPath } from "./lib/feeds/paths";
import { sessionIdentityOf } from "./lib/auth/credential";
import { ALLOWED_METHODS, PATH_HEADER, isApiPath, isPublicPath, isWellFormedPath, signInUrl } from "./lib/auth/paths";
import { UnavailableError } from "./lib/errors";
import { RETRY_AFTER_SECONDS } from "./db/unavailable";
import { databaseRecentlyUnavailable } from "./lib/server/availability";

/**
 * The outer guard: no page or API route is reached without a valid session cookie (or, for the
 * API, a bearer token the route will check; for a feed, the feed token in its URL), even one
 * added later that forgets its own check.
 * It verifies the cookie only; pages, actions and routes still check the session and the policy
 * themselves, since the proxy can be misconfigured and knows nothing about rights.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = refuseMalformed(request);
  if (refused) return refused;
  if (isPublicPath(pathname)) return NextResponse.next();
  if (databaseRecentlyUnavailable()) return unavailable(isApiPath(pathname));
  // A feed reader cannot sign in: the feed route checks the feed token in its URL itself.
  if (isFeedPath(pathname)) return NextResponse.next();

  const signedIn = (await sessionIdentityOf(request.cookies.getAll())) !== null;

  if (isApiPath(pathname)) {
    // Bearer tokens are looked up by the route (a database read the proxy should not make).
    if (signedIn || request.headers.has("authorization")) return NextResponse.next();
    return NextResponse.json(
      {
        error: {
          code: "unauthenticated",
          message: "Sign in, or send a personal access token as `Authorization: Bearer <token>`",
        },
      },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="ladder"', "cache-control": "no-store" } },
    );
  }

  const target = request.nextUrl.clone();
  target.searchParams.delete("_rsc"); // a client navigation's cache key, not part of the page's address
  const path = target.pathname + target.search;

  if (!signedIn) {
    const signIn = new URL(signInUrl(path), request.nextUrl.href);
    // 303 turns a POST (a form or server action) into a GET of the sign-in page.
    return NextResponse.redirect(signIn, request.method === "GET" || request.method === "HEAD" ? 307 : 303);
  }

  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, path);
  // A family as of a day is its own dynamic page, so the family page never reads the query.
  const asOf = asOfRewrite(request.nextUrl);
  const response = asOf ? NextResponse.rewrite(asOf, { request: { headers } }) : NextResponse.next({ request: { headers } });
  // Reading pages are static (the same bytes for every reader) but only for signed-in readers:
  // no shared cache (CDN, corporate proxy) may keep one, and a browser asks again each time
  // (a 304 when nothing changed), so a signed-out back button meets this check too.
  response.headers.set("cache-control", "private, no-cache");
  return response;
}

const allowed = new Set<string>(ALLOWED_METHODS);

/**
 * Requests no route can answer, refused before any of them runs: a method Ladder does not serve
 * (TRACE gave a 500 and a stack trace in the log) is 405, a path that does not decode to text is
 * 404 — JSON under /api, a short page elsewhere.
 */
function refuseMalformed(request: NextRequest): NextResponse | null {
  const noStore = { "cache-control": "no-store" };
  if (!allowed.has(request.method)) {
    return new NextResponse(null, { status: 405, headers: { allow: ALLOWED_METHODS.join(", "), ...noStore } });
  }
  const { pathname } = request.nextUrl;
  if (isWellFormedPath(pathname)) return null;
  if (isApiPath(pathname)) {
    return NextResponse.json({ error: { code: "not_found", message: "No such API endpoint" } }, { status: 404, headers: noStore });
  }
  return new NextResponse("<!doctype html><title>Not found</title><h1>Not found</h1><p><a href=\"/\">Ladder home</a></p>", {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", ...noStore },
  });
}

/** 503 with Retry-After while the database is not answering (see lib/server/availability.ts). */
function unavailable(api: boolean): NextResponse {
  const error = new UnavailableError(RETRY_AFTER_SECONDS);
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (api) return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: 503, headers });
  return new NextResponse(`<!doctype html><title>Try again shortly</title><h1>Try again shortly</h1><p>${error.message}</p>`, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", ...headers },
  });
}

export const config = {
  matcher: [
    // Everything except the API, build assets, dev-server internals and the icons browsers ask for on their own.
    "/((?!api/|_next/|__nextjs|favicon\\.ico|icon\\.|apple-icon\\.|robots\\.txt).*)",
    // The API too, unless the call carries a token: the proxy would only let it through (a token is
    // looked up by the route, in apiRoute, which every route handler is made with), and passing
    // through the proxy costs a cached API read about as much again as the read itself.
    { source: "/api/:path*", missing: [{ type: "header", key: "authorization" }] },
  ],
};
