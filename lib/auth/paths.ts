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
 * Whether every segment of a request path decodes to text without control characters. Anything
 * else (`%ff`, a NUL as `%00`) names nothing here; checked up front, it is a 404 rather than a
 * 500 from a decoder or from PostgreSQL, which refuses NUL in text.
 */
export function isWellFormedPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !/[\u0000-\u001f\u007f]/.test(decoded);
}

/** The methods Ladder answers; anything else (TRACE, CONNECT, made-up ones) is 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

const thisSite = "http://ladder.invalid";

/**
 * A callback URL we will send a browser to after sign-in: a path on this site only, else the
 * home page. Browsers drop tabs and newlines and read "\\" as "/" when they parse a URL, so
 * "/\t/evil.example" would leave the site: such characters are refused outright, and what
 * remains must resolve to this site's origin. Resolving also removes dot segments, so
 * "/.//evil.example" and "/%2e%2e//evil.example" come out as "//evil.example", which a browser
 * reads as another host: a result that starts with two slashes is refused too.
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\\u2028\u2029]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, thisSite);
  } catch {
    return "/";
  }
  if (url.origin !== thisSite || url.pathname === SIGN_IN_PATH || url.pathname.startsWith("//")) return "/";
  const target = url.pathname + url.search + url.hash;
  // Checked once more as the browser will read it, in case resolving produced something new.
  return new URL(target, thisSite).origin === thisSite ? target : "/";
}

export function signInUrl(callbackPath: string): string {
  const target = safeCallbackUrl(callbackPath);
  return target === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(target)}`;
}
