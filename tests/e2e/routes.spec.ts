import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { discoverRoutes } from "./support/routes";

// Walks every page.tsx and route.ts under app/ (found on disk, so new routes are included the day
// they are added) and asks for each without a session.

const routes = discoverRoutes(join(process.cwd(), "app"));
const guarded = routes.filter((r) => !r.isPublic);

test.describe("without a session", () => {
  test("the walk found the portal's routes", () => {
    expect(guarded.filter((r) => r.kind === "page").length).toBeGreaterThanOrEqual(5);
    expect(guarded.filter((r) => r.kind === "route").length).toBeGreaterThanOrEqual(5);
    expect(guarded.filter((r) => r.isFeed).map((r) => r.pattern)).toEqual(
      expect.arrayContaining(["/feeds/changes.atom", "/feeds/families/[department]/[family]"]),
    );
  });

  for (const route of guarded.filter((r) => r.kind === "page")) {
    test(`page ${route.pattern} redirects to sign-in and back`, async ({ request }) => {
      const response = await request.get(route.url, { maxRedirects: 0 });
      expect(response.status(), route.file).toBe(307);
      const location = new URL(response.headers().location, "http://x");
      expect(location.pathname).toBe("/sign-in");
      if (route.url !== "/") expect(location.searchParams.get("callbackUrl")).toBe(route.url);
    });
  }

  for (const route of guarded.filter((r) => r.kind === "route" && !r.isFeed)) {
    for (const method of route.methods) {
      test(`${method} ${route.pattern} answers 401 JSON`, async ({ request }) => {
        const response = await request.fetch(route.url, { method, maxRedirects: 0 });
        expect(response.status(), route.file).toBe(401);
        expect(response.headers()["content-type"]).toContain("application/json");
        const body = await response.json();
        expect(body.error.message).toMatch(/Sign in/);
      });
    }
  }

  // Feeds pass the proxy without a session (a feed reader cannot sign in) and check their token.
  for (const route of guarded.filter((r) => r.isFeed)) {
    test(`feed ${route.pattern} answers 401 without a valid feed token`, async ({ request }) => {
      expect(route.kind, `${route.file}: only route handlers may live under /feeds/`).toBe("route");
      const url = route.url.endsWith(".atom") ? route.url : `${route.url}.atom`;
      for (const query of ["", "?token=", `?token=ladder_feed_${"A".repeat(43)}`, `?token=ladder_pat_${"A".repeat(43)}`]) {
        const response = await request.get(url + query, { maxRedirects: 0 });
        expect(response.status(), `${route.file} ${query}`).toBe(401);
        expect(await response.text()).not.toContain("<feed");
      }
    });
  }

  test("a session cookie that was not issued by this server counts as none", async ({ request }) => {
    const headers = { cookie: "__Secure-next-auth.session-token=forged.token.value; next-auth.session-token=forged" };
    expect((await request.get("/api/v1/families", { headers })).status()).toBe(401);
    expect((await request.get("/", { headers, maxRedirects: 0 })).status()).toBe(307);
  });

  test("the public routes answer: sign-in, the auth endpoints and health", async ({ request }) => {
    expect((await request.get("/sign-in")).status()).toBe(200);
    expect((await request.get("/api/auth/csrf")).status()).toBe(200);
    const providers = await (await request.get("/api/auth/providers")).json();
    expect(providers.oidc.callbackUrl).toMatch(/\/api\/auth\/callback\/oidc$/);
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  test("the sign-in page shows none of the portal's content", async ({ request }) => {
    const family = routes.find((r) => r.pattern === "/job-families/[department]/[family]");
    expect(family).toBeDefined();
    const html = await (await request.get("/sign-in")).text();
    expect(html).not.toMatch(/Job families<\/h1>|revision-line/);
  });
});
