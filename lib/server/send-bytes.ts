import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { SECURITY_HEADERS } from "./security-headers";

/** Each body's gzip, made the first time a client that takes gzip asks for it, and kept as long as the body. */
const gzipped = new WeakMap<Uint8Array, Buffer>();

/** Whether `Accept-Encoding` takes gzip: listed (or `*`) without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Writes bytes made once (a cached page, a family's JSON) as the answer to `request`, with the
 * headers every answer of Ladder carries: 304 when the client's copy has `etag`, no body for
 * HEAD, gzip for a client that takes it (compressed once per body, not per answer).
 */
export function sendBytes(
  request: IncomingMessage,
  response: ServerResponse,
  body: Uint8Array,
  headers: Record<string, string>,
  etag?: string,
): void {
  const all: Record<string, string> = { ...SECURITY_HEADERS, ...headers, vary: headers.vary ? `${headers.vary}, accept-encoding` : "accept-encoding" };
  if (etag) {
    all.etag = etag;
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, all).end();
      return;
    }
  }
  let bytes = body;
  if (acceptsGzip(request.headers["accept-encoding"])) {
    let compressed = gzipped.get(body);
    if (!compressed) gzipped.set(body, (compressed = gzipSync(body)));
    bytes = compressed;
    all["content-encoding"] = "gzip";
  }
  all["content-length"] = String(bytes.length);
  response.writeHead(200, all).end(request.method === "HEAD" ? undefined : bytes);
}
