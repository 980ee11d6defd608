/** Where Ladder's own sign-in page lives; next-auth is told to use it for sign-in and errors. */
export const SIGN_IN_PATH = "/sign-in";

/** The proxy passes the requested path on in this header, so a page can send users back to it after sign-in. */
export const PATH_HEADER = "x-ladder-path";

/**
 * Paths anyone may request without a session. Everything else needs one: pages redirect to
 * sign-in, the API answers 401. Static assets never reach the proxy (see its matcher).
 */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname === SIGN_IN_PATH ||
    pathname === "/api/health" ||
    pathname === "/api/auth" ||
    pathname.startsWith("/api/auth/")
  );
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * A callback URL we will send a browser to after sign-in: a path on this site only ("/x", not
 * "//evil.example" or "https://evil.example"), else the home page.
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`)) return "/";
  return value;
}

export function signInUrl(callbackPath: string): string {
  const target = safeCallbackUrl(callbackPath);
  return target === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(target)}`;
}
