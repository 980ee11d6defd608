import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDatabase } from "../../db/server";
import { type Action, type Resource, type Subject, can } from "../access/policy";
import { loadSubject } from "../access/subjects";
import { getAuthConfig } from "./config";
import { decodeSession, readSessionCookie, sessionCookieName, sessionIdentity } from "./jwt";
import { PATH_HEADER, signInUrl } from "./paths";

export type SessionUser = { id: number; email: string; name: string | null };

/** The session cookie's claims, verified once per request. */
const sessionClaims = cache(async () => {
  // cookies() first: it marks the page dynamic, so `next build` never renders it (and never
  // needs sign-in configuration).
  const jar = await cookies();
  const config = getAuthConfig();
  return decodeSession(readSessionCookie(jar.getAll(), sessionCookieName(config.secureCookies)), config.secret);
});

/**
 * Who is signed in, from the session cookie alone (no database read): enough for reading, which
 * every signed-in employee may do. Anything that needs rights uses getSessionSubject.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  const identity = sessionIdentity(claims);
  if (!identity || typeof claims?.email !== "string") return null;
  return { id: identity.id, email: claims.email, name: typeof claims.name === "string" ? claims.name : null };
});

/**
 * The signed-in user with the grants they hold now, read from the database once per request,
 * so a right revoked a moment ago is already gone.
 */
export const getSessionSubject = cache(async (): Promise<Subject | null> => {
  const identity = sessionIdentity(await sessionClaims());
  if (!identity) return null;
  return loadSubject(await getDatabase(), identity);
});

async function redirectToSignIn(): Promise<never> {
  // The proxy tells us which page was asked for, so sign-in can come back to it.
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  redirect(signInUrl(path));
}

/** For pages: the signed-in user, or a redirect to sign-in that returns here afterwards. */
export async function requireUser(): Promise<SessionUser> {
  return (await getSessionUser()) ?? redirectToSignIn();
}

/** For pages that need rights: the subject with fresh grants, or a redirect to sign-in. */
export async function requireSubject(): Promise<Subject> {
  return (await getSessionSubject()) ?? redirectToSignIn();
}

/** For pages: the subject if the policy allows `action`, otherwise the 403 page (app/forbidden.tsx). */
export async function requirePermission(action: Action, resource: Resource = {}): Promise<Subject> {
  const subject = await requireSubject();
  if (!can(subject, action, resource)) forbidden();
  return subject;
}

/**
 * For reading pages: the signed-in user if the policy allows `action`, otherwise the 403 page.
 * Unlike requirePermission it reads no grants (no database query per page view): the policy is
 * asked about the session user holding no roles, which is exactly right for what every employee
 * may do ("family.read", "history.read"). Used for an action that needs a role, it fails closed.
 */
export async function requireUserPermission(action: Action, resource: Resource = {}): Promise<SessionUser> {
  const user = await requireUser();
  if (!can({ ...user, grants: [] }, action, resource)) forbidden();
  return user;
}

/**
 * For static reading pages, which are rendered once and served from the page cache to every
 * reader (see "How a reading page stays fast" in the README). Such a page cannot read the
 * session: the proxy has already refused any request without a valid session cookie before it
 * reaches the page (proxy.ts; tests/unit/access/guards.test.ts checks that every page is behind
 * it). What is left to check is that `action` is one every signed-in employee may do, so that a
 * valid session is all it takes. An action that needs a role fails here, loudly: that page must
 * not be static.
 */
export function requireReaderViaProxy(action: Action, resource: Resource = {}): void {
  const anyEmployee: Subject = { id: 0, email: "", name: null, grants: [] };
  if (!can(anyEmployee, action, resource)) {
    throw new Error(`"${action}" needs more than a signed-in reader: a page that checks it cannot be static`);
  }
}
