import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Found by the hardening probe (issue 8) against a production build; each must stay fixed.

const hostile = ["/.//evil.example/phish", "/%2e%2e//evil.example", "/x/..//evil.example", "/\\evil.example", "//evil.example"];

test("sign-in never sends a signed-in browser to another site", async ({ page, baseURL }) => {
  await signIn(page, "employee@example.com");
  for (const target of hostile) {
    const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
    expect(response.status(), target).toBe(307);
    const location = new URL(response.headers().location, baseURL);
    expect(location.origin, target).toBe(new URL(baseURL!).origin);
    expect(location.pathname, target).toBe("/");
  }
});

test("signing in from a crafted link ends on this site's home page", async ({ page }) => {
  // signIn() waits for the path "/" on any origin but the provider's: evil.example would time out.
  await signIn(page, "employee@example.com", { from: `/sign-in?callbackUrl=${encodeURIComponent(hostile[0])}` });
  expect(new URL(page.url()).hostname).not.toBe("evil.example");
});

test("odd methods and paths get 405 and 404, never a 500", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const trace = await anonymous.fetch("/", { method: "TRACE" });
  expect(trace.status()).toBe(405);
  expect(trace.headers().allow).toContain("GET");

  await signIn(page, "employee@example.com");
  for (const path of [
    "/api/v1/families/product/x%00",
    "/api/v1/families/product/x%00/revisions",
    "/api/v1/families/product/x%00/revisions/1",
    "/api/v1/families/product/%ff",
    "/api",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect((await response.json()).error.code, path).toBe("not_found");
  }
  const badPage = await page.request.get("/job-families/product/%ff%fe");
  expect(badPage.status()).toBe(404);
  await anonymous.dispose();
});
