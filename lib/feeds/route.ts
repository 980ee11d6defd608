import "server-only";
import type { NextRequest } from "next/server";
import type { Database } from "../../db/client";
import { getDatabase } from "../../db/server";
import type { Subject } from "../access/policy";
import { errorResponse, subjectOfToken } from "../auth/api";
import { getAuthConfig } from "../auth/config";
import { UnauthenticatedError } from "../errors";
import { type FeedInput, renderAtom } from "./atom";

type Handler<P> = (context: { params: P; subject: Subject; db: Database }) => Promise<Omit<FeedInput, "origin">>;

/**
 * Wraps a feed route: the feed token from `?token=` (a feed reader cannot sign in, and sends no
 * header), its owner's rights, then Atom. A session cookie does not count and an API token is
 * refused: the URL carries a token that can read feeds and nothing else.
 */
export function feedRoute<P extends Record<string, string>>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const token = request.nextUrl.searchParams.get("token");
      if (!token) {
        throw new UnauthenticatedError("A feed URL carries its feed token as ?token=…: create one with Subscribe on a family's history");
      }
      const db = await getDatabase();
      const subject = await subjectOfToken(db, token, "feed");
      const feed = await handler({ params: await context.params, subject, db });
      // Links in the feed lead to the portal's public address, not to whatever host the reader used.
      const origin = getAuthConfig().url ?? request.nextUrl.origin;
      return new Response(renderAtom({ ...feed, origin }), {
        headers: {
          "content-type": "application/atom+xml; charset=utf-8",
          // The URL holds a token: no shared cache may keep the answer.
          "cache-control": "private, no-cache",
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
