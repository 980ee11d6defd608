import { NextResponse, type NextRequest } from "next/server";
import { freshDocument } from "./cached-pages.mjs";
import { contentConfirmed } from "./content-check.mjs";

/**
 * Headers that make a request a client-side navigation or prefetch (an RSC payload, not a page):
 * Next answers those itself. `Vary` names them so no cache mixes the two.
 */
const RSC_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
const VARY = RSC_HEADERS.join(", ");

/**
 * A signed-in reader's request for a whole page that this process holds fresh: answered from
 * memory (lib/server/cached-pages.mjs), with the bytes and validator made once. Null for anything
 * else — a query string, a client navigation, a page not cached yet — which Next serves as before.
 * Only the proxy calls this, after it has verified the session: static pages are the same for
 * every signed-in reader, and no one else gets past it.
 */
export async function cachedDocumentResponse(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.nextUrl.search !== "" || RSC_HEADERS.some((name) => request.headers.has(name))) return null;
  if (!(await contentConfirmed())) return null;
  const document = freshDocument(request.nextUrl.pathname);
  if (!document) return null;
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache",
    vary: VARY,
    etag: document.etag,
    // Which way the page came, for tests and whoever reads the headers: from this process's memory.
    "x-ladder-cache": "HIT",
  };
  if (request.headers.get("if-none-match") === document.etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(request.method === "HEAD" ? null : document.body, { headers });
}
