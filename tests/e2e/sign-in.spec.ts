import { expect, test } from "@playwright/test";
import { someFamily } from "./support/families";
import { signIn } from "./support/sign-in";

test.describe("signing in with the development SSO", () => {
  test("the sign-in page lists the demo accounts", async ({ page }) => {
    await page.goto("/sign-in");
    for (const email of ["employee@example.com", "manager@example.com", "admin@example.com"]) {
      await expect(page.getByText(email, { exact: true })).toBeVisible();
    }
  });

  test("an employee reads, but has no admin and no editing rights", async ({ page }) => {
    await signIn(page, "employee@example.com");
    await expect(page.getByRole("heading", { name: "Job families" })).toBeVisible();
    const account = page.getByRole("navigation", { name: "Account" });
    await expect(account.getByTestId("user-name")).toHaveText("Emma Employee");
    await expect(account.getByRole("link", { name: "Tokens" })).toBeVisible();
    await expect(account.getByRole("link", { name: "Admin" })).toHaveCount(0);

    const product = await someFamily(page.request, "product");
    const family = await (await page.request.get(product.url)).json();
    expect(family.permissions).toEqual({ edit: false, restore: false });

    const admin = await page.goto("/admin/people");
    expect(admin?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });

  test("the manager may edit the product department only, and is not an admin", async ({ page }) => {
    await signIn(page, "manager@example.com");
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
    const product = await someFamily(page.request, "product");
    const engineering = await someFamily(page.request, "engineering");
    expect((await (await page.request.get(product.url)).json()).permissions.edit).toBe(true);
    expect((await (await page.request.get(engineering.url)).json()).permissions.edit).toBe(false);
    const me = await (await page.request.get("/api/v1/me")).json();
    expect(me.grants).toEqual([{ role: "editor", department: "product", family: null, source: "group" }]);
    expect((await page.goto("/admin/people"))?.status()).toBe(403);
  });

  test("the admin reaches Admin → People and may edit anything", async ({ page }) => {
    await signIn(page, "admin@example.com");
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Admin" }).click();
    await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
    await expect(page.getByRole("link", { name: "admin@example.com" })).toBeVisible();
    const engineering = await someFamily(page.request, "engineering");
    expect((await (await page.request.get(engineering.url)).json()).permissions).toEqual({ edit: true, restore: true });
  });

  test("a page asked for without a session comes back after sign-in", async ({ page }) => {
    await page.goto("/tokens");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftokens$/);
    await signIn(page, "employee@example.com", { from: page.url(), expectPath: "/tokens" });
    await expect(page.getByRole("heading", { name: "Personal access tokens" })).toBeVisible();
  });

  test("the session cookie is HttpOnly, SameSite=Lax and Secure", async ({ page, context }) => {
    await signIn(page, "employee@example.com");
    const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", httpOnly: true, sameSite: "Lax", secure: true });
  });

  test("signing out ends the session here and at the provider", async ({ page }) => {
    await signIn(page, "employee@example.com");
    await page.getByRole("button", { name: "Sign out" }).click();
    // RP-initiated logout: the provider asks, ends its session, and sends the browser back.
    await page.getByRole("button", { name: "Sign out of the development SSO" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/api/v1/families")).status()).toBe(401);
  });
});

test.describe("the nonce binds the ID token to this sign-in", () => {
  test("every authorization request carries a fresh nonce (the development provider refuses one without)", async ({ page }) => {
    const nonces: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/auth") nonces.push(url.searchParams.get("nonce") ?? "");
    });
    await signIn(page, "employee@example.com");
    await page.context().clearCookies();
    await signIn(page, "employee@example.com");
    expect(nonces).toHaveLength(2);
    for (const nonce of nonces) expect(nonce).toMatch(/^[\w-]{32,}$/);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("an ID token whose nonce differs from the one this browser sent is refused", async ({ page }) => {
    // Rewrite the nonce on its way to the provider: it then signs an ID token for another
    // sign-in, as a replayed token would be, and the callback must not accept it.
    await page.route("**/api/auth/sign-in", async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const location = new URL(response.headers().location);
      location.searchParams.set("nonce", "a-nonce-this-browser-never-sent");
      await route.fulfill({ response, headers: { ...response.headers(), location: location.toString() } });
    });
    await page.goto("/sign-in");
    await page.getByRole("button", { name: /^Sign in with / }).click();
    await page.waitForURL(/\/interaction\//, { waitUntil: "domcontentloaded" });
    await page.getByLabel("Email").fill("employee@example.com");
    await page.getByLabel("Password").fill("any password at all");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/sign-in\?.*error=OAuthCallback/, { waitUntil: "domcontentloaded" });
    await expect(page.getByText("The sign-in did not complete")).toBeVisible();
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });
});

test("the sign-in button is a plain form: signing in works with JavaScript turned off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tokens");
  await signIn(page, "employee@example.com", { from: page.url(), expectPath: "/tokens" });
  await expect(page.getByRole("heading", { name: "Personal access tokens" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out of the development SSO" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test("a sign-in or sign-out posted from another site is refused", async ({ request }) => {
  for (const path of ["/api/auth/sign-in", "/api/auth/sign-out"]) {
    const response = await request.post(path, { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
});

test.describe("Admin → Sign-in", () => {
  test("shows an admin the provider, the settings, their own last sign-in and what the role map gives them", async ({ page }) => {
    await signIn(page, "admin@example.com");
    await page.goto("/admin/people");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Sign-in" }).click();
    await expect(page.getByRole("heading", { name: "Sign-in", exact: true })).toBeVisible();
    await expect(page.getByText("No problems found.")).toBeVisible();
    const provider = page.getByRole("region", { name: "The provider" });
    await expect(provider.getByText("End-session endpoint")).toBeVisible();
    await expect(provider).toContainText("/session/end");
    const last = page.getByRole("region", { name: "Your last sign-in" });
    await expect(last).toContainText("admin@example.com (verified)");
    await expect(last).toContainText("staff, ladder-admins");
    await expect(last).toContainText("from the ID token");
    await expect(page.getByTestId("map-yields")).toHaveText("For your groups, the map gives: admin.");
    // Claim names, never token values.
    await expect(page.locator("main")).not.toContainText("eyJ");
  });

  test("is for admins only", async ({ page }) => {
    await signIn(page, "manager@example.com");
    expect((await page.goto("/admin/sign-in"))?.status()).toBe(403);
  });
});
