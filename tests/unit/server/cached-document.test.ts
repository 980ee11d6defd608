import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cachedDocumentResponse } from "../../../lib/server/cached-document";
import PageCache from "../../../lib/server/page-cache.mjs";
import { contentChanged } from "../../../lib/server/cached-pages.mjs";

// No PostgreSQL here: this process is the only writer, as with the embedded store.
beforeAll(() => vi.stubEnv("DATABASE_URL", ""));

const FAMILY = "/job-families/product/leadership";
/** What Next hands its cache handler for a static page it rendered (Next 16's key and value). */
const rendered = (html: string, status = 200) => ({ kind: "APP_PAGE", html, rscData: Buffer.from("0:{}"), headers: { "x-next-cache-tags": "_N_T_/layout" }, status });
const keyOf = (path: string) => `/route-cache/APP_PAGE/4d6f/$${path === "/" ? "/index" : path}`;

async function renderedByNext(path: string, html: string, status = 200) {
  const cache = new PageCache();
  await cache.get(keyOf(path)); // the miss that starts a render
  await cache.set(keyOf(path), rendered(html, status), { tags: [] });
}

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost${path}`, init);

describe("the proxy answers a reader's page from what Next rendered", () => {
  it("serves the page's bytes, with a validator, and 304 for a copy that is still current", async () => {
    const html = "<!DOCTYPE html><title>Leadership — Product</title><h1>Product Leadership ✓</h1>";
    await renderedByNext(FAMILY, html);
    const response = (await cachedDocumentResponse(request(FAMILY)))!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(html);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("vary")).toContain("rsc");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);

    const again = (await cachedDocumentResponse(request(FAMILY, { headers: { "if-none-match": etag } })))!;
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = (await cachedDocumentResponse(request(FAMILY, { method: "HEAD" })))!;
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("serves the home page under /", async () => {
    await renderedByNext("/", "<h1>Job families</h1>");
    expect(await (await cachedDocumentResponse(request("/")))?.text()).toBe("<h1>Job families</h1>");
  });

  it("leaves to Next what is not a whole page it holds fresh", async () => {
    await renderedByNext(FAMILY, "<h1>Product Leadership</h1>");
    // A client navigation or prefetch wants the RSC payload, not the page.
    expect(await cachedDocumentResponse(request(FAMILY, { headers: { rsc: "1" } }))).toBeNull();
    expect(await cachedDocumentResponse(request(FAMILY, { headers: { "next-router-prefetch": "1" } }))).toBeNull();
    expect(await cachedDocumentResponse(request(`${FAMILY}?_rsc=abc`))).toBeNull();
    expect(await cachedDocumentResponse(request(`${FAMILY}?as-of=2026-01-01`))).toBeNull();
    expect(await cachedDocumentResponse(request(FAMILY, { method: "POST" }))).toBeNull();
    expect(await cachedDocumentResponse(request("/job-families/product/never-rendered"))).toBeNull();
    await renderedByNext("/job-families/product/missing", "<h1>Not found</h1>", 404);
    expect(await cachedDocumentResponse(request("/job-families/product/missing"))).toBeNull();
  });

  it("stops serving a page once content changes here or on another instance", async () => {
    await renderedByNext(FAMILY, "<h1>Revision 1</h1>");
    expect(await (await cachedDocumentResponse(request(FAMILY)))?.text()).toBe("<h1>Revision 1</h1>");
    await new PageCache().revalidateTag("_N_T_/layout"); // a save on this instance (familyChanged)
    expect(await cachedDocumentResponse(request(FAMILY))).toBeNull();

    // (A render begun in the very millisecond of a change is not kept: it may have read the old revision.)
    await new Promise((r) => setTimeout(r, 2));
    await renderedByNext(FAMILY, "<h1>Revision 2</h1>");
    expect(await (await cachedDocumentResponse(request(FAMILY)))?.text()).toBe("<h1>Revision 2</h1>");
    contentChanged(); // a save elsewhere, heard from PostgreSQL
    expect(await cachedDocumentResponse(request(FAMILY))).toBeNull();
  });

  it("does not keep a page whose render began before a change came in", async () => {
    const cache = new PageCache();
    await cache.get(keyOf(FAMILY)); // the render starts, reading the old revision…
    await new Promise((r) => setTimeout(r, 2));
    contentChanged(); // …a save commits meanwhile…
    await cache.set(keyOf(FAMILY), rendered("<h1>Old</h1>"), { tags: [] }); // …and the old page arrives
    expect(await cachedDocumentResponse(request(FAMILY))).toBeNull();
  });
});
