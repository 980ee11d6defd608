import { type NextRequest, NextResponse } from "next/server";
import { getAuthConfig } from "./lib/auth/config";
import { decodeSession, readSessionCookie, sessionCookieName, sessionIdentity } from "./lib/auth/jwt";
import { PATH_HEADER, isApiPath, isPublicPath, signInUrl } from "./lib/auth/paths";

/**
 * The outer guard: no page or API route is reached without a valid session cookie (or, for the
 * API, a bearer token the route will check), even one added later that forgets its own check.
 * It verifies the cookie only; pages, actions and routes still check the session and the policy
 * themselves, since the proxy can be misconfigured and knows nothing about rights.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();

  const config = getAuthConfig();
  const cookie = readSessionCookie(request.cookies.getAll(), sessionCookieName(config.secureCookies));
  const signedIn = sessionIdentity(await decodeSession(cookie, config.secret)) !== null;

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
  const response = NextResponse.next({ request: { headers } });
  // Reading pages are static (the same bytes for every reader) but only for signed-in readers:
  // no shared cache (CDN, corporate proxy) may keep one, and a browser asks again each time
  // (a 304 when nothing changed), so a signed-out back button meets this check too.
  response.headers.set("cache-control", "private, no-cache");
  return response;
}

export const config = {
  // Everything except build assets, dev-server internals and the icons browsers ask for on their own.
  matcher: ["/((?!_next/|__nextjs|favicon\\.ico|icon\\.|apple-icon\\.|robots\\.txt).*)"],
};
