import { type Page, expect, test } from "@playwright/test";
import { someFamily } from "./support/families";
import { personIn, signIn } from "./support/sign-in";

async function grant(admin: Page, email: string, role: "editor" | "admin", scope = "") {
  await admin.goto("/admin/people");
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption(role);
  await admin.getByLabel("Scope (editors)", { exact: true }).fill(scope);
  await admin.getByRole("button", { name: "Grant" }).click();
  await expect(admin.getByRole("status")).toContainText(`${email} is now`);
}

async function revoke(admin: Page, email: string, description: string) {
  await admin.goto(`/admin/people?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  await admin.getByRole("button", { name: `Revoke ${description}` }).click();
  await expect(admin.getByTestId("grants")).toHaveCount(0);
}

test("a granted editor right works at once and stops at once when revoked", async ({ browser, baseURL }) => {
  const admin = await personIn(browser, baseURL!, "admin@example.com");
  const writer = await personIn(browser, baseURL!, "writer@example.com");
  const product = await someFamily(writer.request, "product");
  const mayEdit = async () => (await (await writer.request.get(product.url)).json()).permissions.edit;

  expect(await mayEdit()).toBe(false);
  await grant(admin, "writer@example.com", "editor", "product");
  expect(await mayEdit()).toBe(true); // same session: rights are read from the database
  await revoke(admin, "writer@example.com", "editor of department product");
  expect(await mayEdit()).toBe(false);
});

test("a revoked admin is locked out of admin pages on the next request", async ({ browser, baseURL }) => {
  const admin = await personIn(browser, baseURL!, "admin@example.com");
  const deputy = await personIn(browser, baseURL!, "deputy@example.com");
  expect((await deputy.goto("/admin/people"))?.status()).toBe(403);
  await grant(admin, "deputy@example.com", "admin");
  expect((await deputy.goto("/admin/people"))?.status()).toBe(200);
  await revoke(admin, "deputy@example.com", "admin");
  expect((await deputy.goto("/admin/people"))?.status()).toBe(403);
});

test("an admin prepares a role for someone who has never signed in", async ({ browser, baseURL }) => {
  const admin = await personIn(browser, baseURL!, "admin@example.com");
  await grant(admin, "newcomer@example.com", "editor", "engineering");
  const newcomer = await personIn(browser, baseURL!, "newcomer@example.com");
  const engineering = await someFamily(newcomer.request, "engineering");
  expect((await (await newcomer.request.get(engineering.url)).json()).permissions.edit).toBe(true);
});

test("the grant form names a bad field instead of guessing", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await page.goto("/admin/people");
  await page.getByLabel("Email", { exact: true }).fill("someone@example.com");
  await page.getByLabel("Role", { exact: true }).selectOption("admin");
  await page.getByLabel("Scope (editors)", { exact: true }).fill("product");
  await page.getByRole("button", { name: "Grant" }).click();
  await expect(page.getByText("admin applies to the whole portal; leave department and family empty")).toBeVisible();
});

test("an employee replaying an admin's server action is refused on the server", async ({ browser, baseURL }) => {
  const admin = await personIn(browser, baseURL!, "admin@example.com");
  const employee = await personIn(browser, baseURL!, "employee@example.com");

  // Capture the exact request the admin's "Grant" button sends, without letting it through.
  await admin.goto("/admin/people");
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await admin.route("**/admin/people", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer()! };
      await route.abort();
    } else await route.continue();
  });
  await admin.getByLabel("Email", { exact: true }).fill("mallory@example.com");
  await admin.getByLabel("Role", { exact: true }).selectOption("admin");
  await admin.getByRole("button", { name: "Grant" }).click();
  await expect.poll(() => captured).toBeDefined();

  // The employee sends it with their own session cookie: the action must refuse with HTTP 403.
  const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([name]) => name !== "cookie"));
  const forged = await employee.request.post(captured!.url, { headers, data: captured!.body });
  expect(forged.status()).toBe(403);

  await admin.unroute("**/admin/people");
  await admin.goto("/admin/people?q=mallory");
  await expect(admin.getByText("Nobody matches")).toBeVisible();
});
