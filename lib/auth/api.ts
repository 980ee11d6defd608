import "server-only";
import type { NextRequest } from "next/server";
import type { Database } from "../../db/client";
import { getDatabase } from "../../db/server";
import type { Subject } from "../access/policy";
import { rememberSubject } from "../access/subject-memo";
import { loadSubject } from "../access/subjects";
import { ForbiddenError, LadderError, NotFoundError, UnauthenticatedError, UnavailableError } from "../errors";
import { movedTo } from "../editing/lifecycle";
import { familyApiPath, rebasePath } from "../families/paths";
import { RETRY_AFTER_SECONDS, failureReason, isDatabaseUnavailable } from "../../db/unavailable";
import { noteRequestError } from "../server/availability";
import type { TokenKind } from "../tokens/secret";
import { authenticateToken } from "../tokens/tokens";
import { apiCredential } from "./credential";

/**
 * Who is calling the API: a personal access token (`Authorization: Bearer …`) or, for the
 * portal's own pages and a browser, the session cookie. A token acts with its owner's rights.
 */
export async function authenticateRequest(db: Database, request: NextRequest): Promise<Subject> {
  const credential = await apiCredential(request.headers.get("authorization"), request.cookies.getAll());
  if (credential === "malformed") throw new UnauthenticatedError("Authorization must be `Bearer <token>`");
  // Remembered by the token's hash only once a personal token was checked: a feed token never gets here.
  const subject =
    credential?.kind === "token"
      ? await rememberSubject(credential.key, () => subjectOfToken(db, credential.token, "personal"))
      : credential && (await rememberSubject(credential.key, () => loadSubject(db, credential.identity)));
  if (!subject) {
    throw new UnauthenticatedError("Sign in, or send a personal access token as `Authorization: Bearer <token>`");
  }
  return subject;
}

/** The owner of a token of `kind`, with the grants they hold now: a token acts with its owner's rights. */
export async function subjectOfToken(db: Database, token: string, kind: TokenKind): Promise<Subject> {
  const { userId } = await authenticateToken(db, token, kind);
  const subject = await loadSubject(db, { id: userId });
  if (!subject) throw new UnauthenticatedError("The token's owner no longer exists");
  return subject;
}

const noStore = { "cache-control": "no-store" };

/** Errors as JSON: `{"error": {"code": "not_found", "message": "…"}}` with the matching status. */
export function errorResponse(thrown: unknown): Response {
  const error = isDatabaseUnavailable(thrown) ? new UnavailableError(RETRY_AFTER_SECONDS) : thrown;
  if (error instanceof LadderError) {
    const headers: Record<string, string> = { ...noStore };
    if (error.status === 401) headers["www-authenticate"] = 'Bearer realm="ladder"';
    if (error instanceof UnavailableError) {
      noteRequestError(thrown);
      headers["retry-after"] = String(error.retryAfterSeconds);
      console.warn(`Ladder API: database unavailable: ${failureReason(thrown)}`);
    }
    return Response.json(
      { error: { code: error.code, message: error.message, ...error.details } },
      { status: error.status, headers },
    );
  }
  console.error("Ladder API error:", error);
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on the server; it has been logged." } },
    { status: 500, headers: noStore },
  );
}

/** A handler answers with a JSON body (status 200), or a Response of its own (e.g. 201 Created). */
type Handler<P> = (context: { request: NextRequest; params: P; subject: Subject; db: Database }) => Promise<unknown>;

/**
 * Wraps an API route handler: authenticate (401 JSON without a session or token), run, answer
 * JSON. The handler asks the policy itself, since only it knows the resource.
 */
export function apiRoute<P extends Record<string, string | string[]> = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    // Routes without dynamic segments get no params at all.
    const params = (await context?.params) ?? ({} as P);
    try {
      const db = await getDatabase();
      const subject = await authenticateRequest(db, request);
      const body = await handler({ request, params, subject, db });
      // A handler that answers something other than JSON (CSV, an Atom feed) returns its own Response.
      return body instanceof Response ? body : Response.json(body, { headers: noStore });
    } catch (error) {
      return (await movedFamilyResponse(request, params, error)) ?? errorResponse(error);
    }
  };
}

/**
 * A family's resources keep their old addresses when it is renamed or moved: a request that found
 * no family there (or no rights there: rights follow the family) is answered 308 to the same
 * resource at the new address. 308, unlike 301/302, keeps the method and body, so a PUT or POST
 * is repeated there, where session, token and policy are checked again.
 */
async function movedFamilyResponse(request: NextRequest, params: Record<string, unknown>, error: unknown): Promise<Response | null> {
  const { department, family } = params;
  if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) return null;
  if (typeof department !== "string" || typeof family !== "string") return null;
  try {
    const moved = await movedTo(await getDatabase(), { department, slug: family });
    if (!moved) return null;
    const { pathname, search } = request.nextUrl;
    const to = rebasePath(pathname, familyApiPath(department, family), familyApiPath(moved.department, moved.slug));
    return new Response(null, { status: 308, headers: { location: to + search, ...noStore } });
  } catch {
    return null; // the original error says enough
  }
}
