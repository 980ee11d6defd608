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

const thisSite = "http://ladder.invalid";

/**
 * A callback URL we will send a browser to after sign-in: a path on this site only, else the
 * home page. Browsers drop tabs and newlines and read "\\" as "/" when they parse a URL, so
 * "/\t/evil.example" would leave the site: such characters are refused outright, and what
 * remains must resolve to this site's origin.
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\\u2028\u2029]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, thisSite);
  } catch {
    return "/";
  }
  if (url.origin !== thisSite || url.pathname === SIGN_IN_PATH) return "/";
  return url.pathname + url.search + url.hash;
}

export function signInUrl(callbackPath: string): string {
  const target = safeCallbackUrl(callbackPath);
  return target === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(target)}`;
}
