import { expect, test } from "@playwright/test";
import { someFamily } from "./support/families";
import { signIn } from "./support/sign-in";

test("an employee's token reads the API until it is revoked", async ({ page, playwright, baseURL }) => {
  await signIn(page, "employee@example.com");
  await page.goto("/tokens");
  await page.getByLabel("Token name").fill("HR sync");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("new-token").inputValue();
  expect(token).toMatch(/^ladder_pat_/);

  // A client with no cookies at all: only the token speaks for it.
  const api = await playwright.request.newContext({ baseURL });
  const bearer = { authorization: `Bearer ${token}` };

  const list = await api.get("/api/v1/families", { headers: bearer });
  expect(list.status()).toBe(200);
  const product = await someFamily(api, "product", bearer);

  const family = await api.get(product.url, { headers: bearer });
  expect(family.status()).toBe(200);
  const document = await family.json();
  expect(document).toMatchObject({ department: "product", slug: product.slug, permissions: { edit: false } });
  expect(document.revision.number).toBeGreaterThanOrEqual(1);
  expect(document.document.title).toBe(document.title);

  const history = await (await api.get(`${product.url}/revisions?limit=1`, { headers: bearer })).json();
  expect(history).toMatchObject({ limit: 1, offset: 0 });
  expect(history.revisions[0].number).toBe(document.revision.number);
  const first = await api.get(`${product.url}/revisions/1`, { headers: bearer });
  expect(first.status()).toBe(200);
  expect((await first.json()).revision.number).toBe(1);
  // The document as the family page shows it (the page fetches it after client-side navigation).
  const html = await api.get(`${product.url}/revisions/${document.revision.number}/html`, { headers: bearer });
  expect(html.status()).toBe(200);
  expect(html.headers()["content-type"]).toMatch(/^text\/html/);
  expect(await html.text()).toMatch(/^<.*<section id="[^"]+".*>$/s);

  // Unknown things are 404 JSON with a message; bad paging names the parameter.
  for (const path of [`${product.url}/revisions/999999`, `${product.url}/revisions/abc`, `${product.url}/revisions/0/html`, "/api/v1/families/product/no-such-family", "/api/v1/nothing-here"]) {
    const response = await api.get(path, { headers: bearer });
    expect(response.status(), path).toBe(404);
    expect((await response.json()).error.message, path).toBeTruthy();
  }
  const badPage = await api.get(`${product.url}/revisions?limit=1000`, { headers: bearer });
  expect(badPage.status()).toBe(422);
  expect((await badPage.json()).error.message).toMatch(/limit: must be at most 100/);

  expect((await api.get("/api/v1/families")).status()).toBe(401);
  expect((await api.get("/api/v1/families", { headers: { authorization: "Bearer ladder_pat_wrong" } })).status()).toBe(401);

  // The tokens page shows it was used, then revoking it shuts the door at once.
  await page.reload();
  const row = page.getByTestId("token-row").filter({ hasText: "HR sync" });
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: "Revoke token HR sync" }).click();
  await expect(row).toContainText("Revoked");
  const revoked = await api.get("/api/v1/families", { headers: bearer });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.message).toMatch(/revoked/);
  await api.dispose();
});

test("the token is shown once: the list never shows it again", async ({ page }) => {
  await signIn(page, "employee@example.com");
  await page.goto("/tokens");
  await page.getByLabel("Token name").fill("shown once");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("new-token").inputValue();
  await page.reload();
  await expect(page.getByTestId("token-row").filter({ hasText: "shown once" })).toBeVisible();
  expect(await page.content()).not.toContain(token);
});
