import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test.setTimeout(180_000);

test("a manager creates a family from a template, renames it (the old address redirects), archives and restores it", async ({ page }) => {
  await signIn(page, "manager@example.com");
  const slug = `lifecycle-${Date.now().toString(36)}`;
  await page.goto("/job-families/new?department=product");
  await page.getByLabel("Title").fill("Lifecycle Family");
  await page.getByLabel(/^Address/).fill(slug);
  // A demo family as the template: a copy of the reference family would stand beside it in the
  // grade map, the department page and search, which other tests read at the same time.
  await page.getByLabel("Start from").selectOption({ label: "A copy of Software Engineer (Engineering)" });
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(new RegExp(`/job-families/product/${slug}/edit$`));
  await expect(page.locator("#field-title")).toHaveValue("Lifecycle Family");
  await expect(page.locator('[name="levels.0.title"]')).toHaveValue("Junior Software Engineer");

  const renamed = `${slug}-renamed`;
  await page.getByLabel("Address (slug)").fill(renamed);
  await page.getByRole("button", { name: "Rename or move" }).click();
  await expect(page).toHaveURL(new RegExp(`/job-families/product/${renamed}\\?moved=2$`));
  await expect(page.getByTestId("revision-line")).toHaveText(/^Revision 2 · by /);
  await page.goto(`/job-families/product/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/job-families/product/${renamed}$`));

  // Every old address leads on, page or API, with what follows the family's part kept.
  const oldPage = `/job-families/product/${slug}`;
  const newPage = `/job-families/product/${renamed}`;
  const level = (await (await page.request.get(`/api/v1/families/product/${renamed}`)).json()).document.levels[0].id;
  for (const rest of [`/${level}`, "/history?before=2", "/diff?from=1&to=2&view=inline", "/blame?revision=1", `/edit?level=${level}`, "?asOf=2020-01-01"]) {
    const response = await page.request.get(oldPage + rest, { maxRedirects: 0 });
    expect(response.status(), rest).toBe(308);
    expect(response.headers().location, rest).toBe(newPage + rest);
  }
  await page.goto(`${oldPage}/${level}`);
  await expect(page).toHaveURL(new RegExp(`${newPage}/${level}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Junior Software Engineer" })).toBeVisible();
  await page.goto(`${oldPage}/history`);
  await expect(page).toHaveURL(new RegExp(`${newPage}/history$`));
  await expect(page.getByText(/Moved from product\//)).toBeVisible();

  const oldApi = `/api/v1/families/product/${slug}`;
  const newApi = `/api/v1/families/product/${renamed}`;
  for (const rest of ["", "/revisions/1", "/revisions?limit=1", "/diff?from=1&to=2", "/blame", "/permissions"]) {
    const response = await page.request.get(oldApi + rest, { maxRedirects: 0 });
    expect(response.status(), rest).toBe(308);
    expect(response.headers().location, rest).toBe(newApi + rest);
  }
  // 308 keeps the method and the body: a PUT to the old address saves at the new one.
  const current = await (await page.request.get(oldApi)).json();
  expect(current.slug).toBe(renamed);
  const put = await page.request.put(oldApi, {
    data: { baseRevision: current.revision.number, summary: "Saved through the old address", document: { ...current.document, description: "Through the old address" } },
  });
  expect(put.status()).toBe(200);
  expect((await put.json()).revision.number).toBe(current.revision.number + 1);
  expect((await (await page.request.get(newApi)).json()).document.description).toBe("Through the old address");

  await page.goto(`/job-families/product/${renamed}/edit`);
  await expect(page.getByTestId("preview")).not.toContainText("The preview appears here", { timeout: 60_000 });
  await page.getByRole("button", { name: "Archive this family" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived" })).toBeVisible();
  await page.goto("/job-families/product");
  await expect(page.getByRole("link", { name: "Lifecycle Family" })).toHaveCount(0);
  await page.goto(`/job-families/product/${renamed}`);
  await expect(page.getByTestId("archived-banner")).toBeVisible();

  await page.goto(`/job-families/product/${renamed}/edit`);
  await expect(page.getByTestId("preview")).not.toContainText("The preview appears here", { timeout: 60_000 });
  await page.getByRole("button", { name: "Restore from the archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await page.goto("/job-families/product");
  await expect(page.getByRole("link", { name: "Lifecycle Family" })).toBeVisible();
});

test("an employee may not create families", async ({ page }) => {
  await signIn(page, "employee@example.com");
  expect((await page.request.get("/job-families/new")).status()).toBe(403);
  const response = await page.request.post("/api/v1/families", { data: { department: "product", slug: "nope", summary: "x", document: {} } });
  expect(response.status()).toBe(403);
});
