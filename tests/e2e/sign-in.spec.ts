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

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "employee@example.com");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/api/v1/families")).status()).toBe(401);
  });
});
