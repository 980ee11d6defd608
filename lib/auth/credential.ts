import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies";
import { hashToken } from "../tokens/secret";
import { getAuthConfig } from "./config";
import { decodeSession, readSessionCookie, sessionCookieName, sessionIdentity } from "./jwt";

/** A request's cookies, as Next's `request.cookies.getAll()` gives them. */
export type Cookies = { name: string; value: string }[];

/** The cookies of a raw `Cookie` header, read by the parser behind Next's `request.cookies`. */
export function cookiesOf(header: string | undefined): Cookies {
  return [...parseCookie(header ?? "")].map(([name, value]) => ({ name, value }));
}

/**
 * The user of a valid, unexpired session cookie among `cookies`; null otherwise. What decides
 * "signed in" for the proxy and for the front door (lib/server/front-door.ts) alike.
 */
export async function sessionIdentityOf(cookies: Cookies): Promise<{ id: number; subject: string } | null> {
  const config = getAuthConfig();
  return sessionIdentity(await decodeSession(readSessionCookie(cookies, sessionCookieName(config.secureCookies)), config.secret));
}

/**
 * What an API request presents: a personal access token (`Authorization: Bearer …`, which wins
 * over a cookie) or the session cookie's user. `key` names it in the subject memo
 * (lib/access/subject-memo.ts) without holding the secret itself.
 */
export type ApiCredential =
  | { kind: "token"; token: string; key: string }
  | { kind: "session"; identity: { id: number; subject: string }; key: string };

/** The request's credential; null with neither; "malformed" for an Authorization header that is not `Bearer <token>`. */
export async function apiCredential(authorization: string | null | undefined, cookies: Cookies): Promise<ApiCredential | null | "malformed"> {
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return "malformed";
    return { kind: "token", token: match[1], key: `token:${hashToken(match[1])}` };
  }
  const identity = await sessionIdentityOf(cookies);
  return identity && { kind: "session", identity, key: `session:${identity.id}:${identity.subject}` };
}
