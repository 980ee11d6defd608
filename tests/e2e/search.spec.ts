import { expect, test } from "@playwright/test";
import { needsReference, reference } from "./support/reference";
import { signIn } from "./support/sign-in";

test.describe("search", () => {
  needsReference();
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("/ focuses the header's search box from any page; results lead to the level's anchor", async ({ page }) => {
    await page.goto(reference.path);
    await page.locator("body").press("/");
    const box = page.getByRole("searchbox", { name: "Search job families" });
    await expect(box).toBeFocused();
    await box.fill("Senior Director of Product Management");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Senior\+Director/);
    const first = page.getByTestId("search-results").getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText("Senior Director of Product Management");
    await expect(first.locator("mark").first()).toBeVisible();
    await first.getByRole("link").click();
    await expect(page).toHaveURL(`${reference.path}#senior-director-of-product-management`);
    await expect(page.locator("#senior-director-of-product-management")).toBeInViewport();
  });

  test("filters by department, and says so when nothing matches", async ({ page }) => {
    await page.goto("/search?q=engineer");
    await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
    await page.getByLabel("Department").selectOption("product");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/department=product/);
    for (const text of await page.getByTestId("search-results").locator("li span").allTextContents()) expect(text).toMatch(/· product$/);

    await page.goto("/search?q=zzyzx-nothing");
    await expect(page.getByText("Nothing matches “zzyzx-nothing”")).toBeVisible();
    await page.goto("/search");
    await expect(page.getByText("Type a few words to search")).toBeVisible();
  });

  test("the API answers ranked results, the right level first for every level title of the reference family", async ({ request, page }) => {
    const cookies = await page.context().cookies();
    const headers = { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
    for (const level of reference.levels) {
      const response = await request.get(`/api/v1/search?q=${encodeURIComponent(level.title)}`, { headers });
      expect(response.status()).toBe(200);
      const { results } = await response.json();
      expect(results[0], level.title).toMatchObject({
        department: "product",
        family: reference.slug,
        level: level.id,
        title: level.title,
        url: `${reference.path}#${level.id}`,
      });
      expect(typeof results[0].rank).toBe("number");
      expect(results[0].snippet).toMatch(/<mark>/);
    }
    const filtered = await (await request.get("/api/v1/search?q=product&department=engineering", { headers })).json();
    for (const r of filtered.results) expect(r.department).toBe("engineering");
    const bad = await request.get("/api/v1/search?q=x&department=Not%20A%20Slug", { headers });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.message).toContain("department");
  });
});
