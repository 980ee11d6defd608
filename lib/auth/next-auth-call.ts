import "server-only";
import NextAuth from "next-auth/next";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "./options";

/**
 * Runs one of next-auth's own endpoints (csrf, signin, signout) inside this request, through its
 * documented Pages-Router handler, and collects what it answered. This is how Ladder's plain HTML
 * forms start a sign-in and end a session without JavaScript: next-auth still makes the state,
 * PKCE and nonce cookies, checks its CSRF token and clears its cookies; we only hand it the token
 * it just issued, having checked ourselves that the form was posted from this site.
 */
type Answer = { status: number; location: string | null; setCookies: string[]; body: unknown };

async function call(
  request: NextRequest,
  cookies: Record<string, string>,
  route: { action: string; providerId?: string; method: "GET" | "POST"; body?: Record<string, string> },
): Promise<Answer> {
  const headers = new Map<string, string | string[]>();
  let status = 200;
  let body: unknown;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => res,
    json(value: unknown) {
      body = value;
      return res;
    },
    send(value: unknown) {
      body = value;
      return res;
    },
  };
  const req = {
    query: { nextauth: route.providerId ? [route.action, route.providerId] : [route.action] },
    method: route.method,
    body: route.body ?? {},
    cookies,
    headers: Object.fromEntries(request.headers),
  };
  await NextAuth(req as never, res as never, getAuthOptions());
  const setCookie = headers.get("set-cookie");
  const location = headers.get("location");
  return {
    status,
    location: typeof location === "string" ? location : null,
    setCookies: setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie],
    body,
  };
}

/** name → value of Set-Cookie headers (values decoded, as next-auth reads them back). */
function cookieValues(setCookies: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const header of setCookies) {
    const pair = header.split(";", 1)[0];
    const at = pair.indexOf("=");
    if (at > 0) values[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return values;
}

/**
 * POSTs to next-auth's `action` with a valid CSRF token, as next-auth/react would from the
 * browser. Returns where next-auth sends the browser and every cookie it set on the way.
 */
export async function postToNextAuth(
  request: NextRequest,
  action: "signin" | "signout",
  body: Record<string, string>,
  providerId?: string,
): Promise<{ location: string | null; setCookies: string[] }> {
  const cookies = Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value]));
  const csrf = await call(request, cookies, { action: "csrf", method: "GET" });
  const csrfToken = (csrf.body as { csrfToken?: unknown } | undefined)?.csrfToken;
  if (typeof csrfToken !== "string") throw new Error("next-auth issued no CSRF token");
  const answer = await call(
    request,
    { ...cookies, ...cookieValues(csrf.setCookies) },
    { action, providerId, method: "POST", body: { ...body, csrfToken } },
  );
  return { location: answer.location, setCookies: [...csrf.setCookies, ...answer.setCookies] };
}
