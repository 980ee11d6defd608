import type { IncomingMessage, ServerResponse } from "node:http";
import { ALLOWED_METHODS } from "../auth/paths";

const allowed = new Set<string>(ALLOWED_METHODS);

/**
 * Answers 405 to a request whose method Ladder does not serve, before Next.js sees it; returns
 * whether it did. Next builds a web `Request` for every request, and the fetch standard forbids
 * TRACE and TRACK there, so such a request threw inside Next: a 500 and a stack trace in the log
 * for anyone who asks (a log-filling vector). The proxy cannot help: it runs after that `Request`.
 */
export function refuseUnsupportedMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if (allowed.has(request.method ?? "")) return false;
  response.writeHead(405, { allow: ALLOWED_METHODS.join(", "), "content-length": "0", "cache-control": "no-store" });
  response.end();
  return true;
}
