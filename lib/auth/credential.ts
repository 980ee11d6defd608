import type { NextRequest } from "next/server";
import { hashToken } from "../tokens/secret";
import { getAuthConfig } from "./config";
import { decodeSession, readSessionCookie, sessionCookieName, sessionIdentity } from "./jwt";

/**
 * What an API request presents: a personal access token (`Authorization: Bearer …`, which wins
 * over a cookie) or the session cookie's user. `key` names it in the subject memo
 * (lib/access/subject-memo.ts) without holding the secret itself.
 */
export type ApiCredential =
  | { kind: "token"; token: string; key: string }
  | { kind: "session"; identity: { id: number; subject: string }; key: string };

/** The request's credential; null with neither; "malformed" for an Authorization header that is not `Bearer <token>`. */
export async function apiCredential(request: NextRequest): Promise<ApiCredential | null | "malformed"> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return "malformed";
    return { kind: "token", token: match[1], key: `token:${hashToken(match[1])}` };
  }
  const config = getAuthConfig();
  const cookie = readSessionCookie(request.cookies.getAll(), sessionCookieName(config.secureCookies));
  const identity = sessionIdentity(await decodeSession(cookie, config.secret));
  return identity && { kind: "session", identity, key: `session:${identity.id}:${identity.subject}` };
}
