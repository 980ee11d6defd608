import { cookiesOf, sessionIdentityOf } from "../auth/credential";
import { freshDocument } from "./cached-pages.mjs";
import { contentConfirmed } from "./content-check.mjs";
import type { MemoryAnswer } from "./front-door";
import { sendBytes } from "./send-bytes";

/**
 * Headers that make a request a client-side navigation or prefetch (an RSC payload, not a page):
 * Next answers those itself. `Vary` names them so no cache mixes the two.
 */
const RSC_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  // Only for signed-in readers: no shared cache may keep it, and a browser asks again each time.
  "cache-control": "private, no-cache",
  vary: RSC_HEADERS.join(", "),
  // Which way the page came, for tests and whoever reads the headers: from this process's memory.
  "x-ladder-cache": "HIT",
};

/**
 * A signed-in reader's request for a whole page this process holds fresh
 * (lib/server/cached-pages.mjs), answered with the bytes and validator made once. Anything else —
 * a query string, a client navigation, no valid session, a page not rendered yet, content changed
 * since — goes on to Next, whose proxy redirects whoever is not signed in. Static pages are the
 * same for every signed-in reader, so the session is all there is to check.
 */
export const cachedPageAnswer: MemoryAnswer = (request, response) => {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const path = request.url ?? "";
  // The exact path Next rendered; anything spelt otherwise (a query, dots, escapes) is Next's to read.
  if (!request.headers.cookie || path.includes("?") || !freshDocument(path)) return null;
  if (RSC_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  return (async () => {
    if (!(await sessionIdentityOf(cookiesOf(request.headers.cookie)))) return false;
    // A save committed anywhere before this request must not be answered from memory.
    if (!(await contentConfirmed())) return false;
    const document = freshDocument(path);
    if (!document) return false;
    sendBytes(request, response, document.body, HEADERS, document.etag);
    return true;
  })();
};
