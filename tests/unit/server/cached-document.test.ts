import { gunzipSync } from "node:zlib";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cachedPageAnswer } from "../../../lib/server/cached-document";
import PageCache from "../../../lib/server/page-cache.mjs";
import { contentChanged } from "../../../lib/server/cached-pages.mjs";
import { PASSED_TO_NEXT, serveWithFrontDoor, sessionCookieHeader } from "../../support/front-door";

// No PostgreSQL here: this process is the only writer, as with the embedded store.
let server: Awaited<ReturnType<typeof serveWithFrontDoor>>;
let cookie: string;
beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "");
  server = await serveWithFrontDoor([cachedPageAnswer]);
  cookie = await sessionCookieHeader();
});
afterAll(() => server.close());

const FAMILY = "/job-families/product/leadership";
/** What Next hands its cache handler for a static page it rendered (Next 16's key and value). */
const rendered = (html: string, status = 200) => ({ kind: "APP_PAGE", html, rscData: Buffer.from("0:{}"), headers: { "x-next-cache-tags": "_N_T_/layout" }, status });
const keyOf = (path: string) => `/route-cache/APP_PAGE/4d6f/$${path === "/" ? "/index" : path}`;

async function renderedByNext(path: string, html: string, status = 200) {
  const cache = new PageCache();
  await cache.get(keyOf(path)); // the miss that starts a render
  await cache.set(keyOf(path), rendered(html, status), { tags: [] });
}

/** A signed-in reader's request (unless `headers` says otherwise), and whether the front door answered it. */
async function get(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.base}${path}`, { method: init.method, headers: { cookie, "accept-encoding": "identity", ...init.headers } });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, fromMemory: body !== PASSED_TO_NEXT };
}

describe("a reader's page answered from what Next rendered, before Next", () => {
  it("serves the page's bytes, with a validator, and 304 for a copy that is still current", async () => {
    const html = "<!DOCTYPE html><title>Leadership — Product</title><h1>Product Leadership ✓</h1>";
    await renderedByNext(FAMILY, html);
    const response = await get(FAMILY);
    expect(response).toMatchObject({ status: 200, body: html });
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("x-ladder-cache")).toBe("HIT");
    // The same security headers as every answer of Next's: no other site may frame the page.
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("vary")).toContain("rsc");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);

    expect(await get(FAMILY, { headers: { "if-none-match": etag } })).toMatchObject({ status: 304, body: "" });
    const head = await get(FAMILY, { method: "HEAD" });
    expect(head).toMatchObject({ status: 200, body: "" });
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(html)));
  });

  it("compresses it for a browser that takes gzip", async () => {
    const html = `<h1>Product Leadership</h1>${"<p>Responsibilities</p>".repeat(200)}`;
    await renderedByNext(FAMILY, html);
    const { status, headers, body } = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const request = httpRequest(`${server.base}${FAMILY}`, { headers: { cookie, "accept-encoding": "gzip, deflate, br" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on("error", reject).end();
    });
    expect(status).toBe(200);
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers.vary).toContain("accept-encoding");
    expect(body.length).toBeLessThan(Buffer.byteLength(html) / 5);
    expect(gunzipSync(body).toString()).toBe(html);
    expect((await get(FAMILY, { headers: { "accept-encoding": "gzip;q=0" } })).headers.get("content-encoding")).toBeNull();
  });

  it("serves the home page under /", async () => {
    await renderedByNext("/", "<h1>Job families</h1>");
    expect(await get("/")).toMatchObject({ status: 200, body: "<h1>Job families</h1>" });
  });

  it("leaves to Next whoever has no valid session, and what is not a whole page it holds fresh", async () => {
    await renderedByNext(FAMILY, "<h1>Product Leadership</h1>");
    // No session, or one that does not decrypt: the proxy behind the door sends them to sign in.
    expect((await get(FAMILY, { headers: { cookie: "" } })).fromMemory).toBe(false);
    expect((await get(FAMILY, { headers: { cookie: `${cookie.split("=")[0]}=forged` } })).fromMemory).toBe(false);
    expect((await get(FAMILY, { headers: { cookie: await sessionCookieHeader(1, "x").then((c) => c.slice(0, -2)) } })).fromMemory).toBe(false);
    // A client navigation or prefetch wants the RSC payload, not the page.
    expect((await get(FAMILY, { headers: { rsc: "1" } })).fromMemory).toBe(false);
    expect((await get(FAMILY, { headers: { "next-router-prefetch": "1" } })).fromMemory).toBe(false);
    expect((await get(`${FAMILY}?_rsc=abc`)).fromMemory).toBe(false);
    expect((await get(`${FAMILY}?as-of=2026-01-01`)).fromMemory).toBe(false);
    expect((await get(FAMILY, { method: "POST" })).fromMemory).toBe(false);
    expect((await get("/job-families/product/never-rendered")).fromMemory).toBe(false);
    await renderedByNext("/job-families/product/missing", "<h1>Not found</h1>", 404);
    expect((await get("/job-families/product/missing")).fromMemory).toBe(false);
    expect((await get(FAMILY)).fromMemory).toBe(true);
  });

  it("stops serving a page once content changes here or on another instance", async () => {
    await renderedByNext(FAMILY, "<h1>Revision 1</h1>");
    expect((await get(FAMILY)).body).toBe("<h1>Revision 1</h1>");
    await new PageCache().revalidateTag("_N_T_/layout"); // a save on this instance (familyChanged)
    expect((await get(FAMILY)).fromMemory).toBe(false);

    // (A render begun in the very millisecond of a change is not kept: it may have read the old revision.)
    await new Promise((r) => setTimeout(r, 2));
    await renderedByNext(FAMILY, "<h1>Revision 2</h1>");
    expect((await get(FAMILY)).body).toBe("<h1>Revision 2</h1>");
    contentChanged(); // a save elsewhere, heard from PostgreSQL
    expect((await get(FAMILY)).fromMemory).toBe(false);
  });

  it("does not keep a page whose render began before a change came in", async () => {
    const cache = new PageCache();
    await cache.get(keyOf(FAMILY)); // the render starts, reading the old revision…
    await new Promise((r) => setTimeout(r, 2));
    contentChanged(); // …a save commits meanwhile…
    await cache.set(keyOf(FAMILY), rendered("<h1>Old</h1>"), { tags: [] }); // …and the old page arrives
    expect((await get(FAMILY)).fromMemory).toBe(false);
  });
});
