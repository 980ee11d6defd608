import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RETRY_AFTER_SECONDS } from "../../../db/unavailable";
import { isWellFormedPath } from "../../../lib/auth/paths";
import { noteRequestError } from "../../../lib/server/availability";
import { installFrontDoor } from "../../../lib/server/front-door";
import { proxy } from "../../../proxy";

const site = "http://ladder.test";
const call = (path: string, method = "GET") => proxy(new NextRequest(new URL(path, site), { method }));

describe("requests no route can answer", () => {
  it.each(["TRACE"])("%s is 405 from the HTTP server, before Next.js builds a Request it cannot hold", async (method) => {
    installFrontDoor([]);
    const server = createServer((_request, response) => response.end("reached the app"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = (m: string) =>
        new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
          const request = httpRequest({ host: "127.0.0.1", port, method: m, path: "/" }, (response) => {
            let body = "";
            response.on("data", (chunk) => (body += chunk));
            response.on("end", () => resolve({ status: response.statusCode!, allow: response.headers.allow, body }));
          });
          request.on("error", reject);
          request.end();
        });
      expect(await answer(method)).toEqual({ status: 405, allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", body: "" });
      expect(await answer("GET")).toMatchObject({ status: 200, body: "reached the app" });
    } finally {
      server.close();
    }
  });

  it("other methods Ladder does not serve are 405 from the proxy", async () => {
    for (const path of ["/", "/api/v1/families", "/sign-in", "/api/health"]) {
      const response = await call(path, "PROPFIND");
      expect(response.status, path).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    }
  });

  it.each([
    "/api/v1/families/product/x%00",
    "/api/v1/families/product/x%00/revisions",
    "/api/v1/families/product/x%00/revisions/1",
    "/api/v1/families/product/%ff",
    "/api/v1/families/%ff%fe/x",
    "/api/%c0%af",
  ])("%s is a JSON 404", async (path) => {
    const response = await call(path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such API endpoint" } });
  });

  it.each(["/job-families/product/%ff%fe", "/job-families/product/x%00", "/job-families/%ed%a0%80/x", "/%0a"])("the page %s is a 404 page", async (path) => {
    const response = await call(path);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain("Not found");
  });

  it("lets well-formed paths through, encoded letters included", () => {
    expect(isWellFormedPath("/job-families/product/product-management")).toBe(true);
    expect(isWellFormedPath("/job-families/product/caf%C3%A9")).toBe(true);
    expect(isWellFormedPath("/job-families/product/a%20b")).toBe(true);
    expect(isWellFormedPath("/x%ff")).toBe(false);
    expect(isWellFormedPath("/x%00")).toBe(false);
    expect(isWellFormedPath("/x%")).toBe(false);
  });
});

describe("while the database is not answering", () => {
  afterEach(() => vi.useRealTimers());

  it("pages and API answer 503 with Retry-After for a moment after a request found it down, then try again", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T10:00:00Z"), toFake: ["Date"] });
    noteRequestError(Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" }));

    const page = await call("/job-families/product/product-management");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await page.text()).not.toMatch(/CONNECTION_CLOSED|select|postgres/i);

    const api = await call("/api/v1/families");
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect((await api.json()).error.code).toBe("unavailable");

    // The health check still runs its own probe, and sign-in still shows.
    expect((await call("/api/health")).status).toBe(200);

    vi.setSystemTime(Date.now() + RETRY_AFTER_SECONDS * 1000 + 1);
    expect((await call("/job-families/product/product-management")).status).not.toBe(503);
  });

  it("an error that is not about the connection is not remembered", async () => {
    noteRequestError(Object.assign(new Error("duplicate key"), { code: "23505" }));
    noteRequestError(new Error("bug"));
    expect((await call("/api/v1/families")).status).toBe(401);
  });
});
