import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { levelPath, needsReference, reference } from "./support/reference";

test.describe("finding your way: home, department, family, level", () => {
  needsReference();
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("home → department → family → level, with facts and breadcrumbs at each step", async ({ page }) => {
    const product = page.locator("li#product");
    await expect(product).toContainText(/\d+ job families · grades [\d.]+–[\d.]+ · changed \w+ \d+, \d{4}/);

    await product.getByRole("link", { name: "Product", exact: true }).click();
    await expect(page).toHaveURL(/\/job-families\/product$/);
    await expect(page.getByRole("heading", { level: 1, name: "Product" })).toBeVisible();
    const card = page.locator("section", { has: page.getByRole("heading", { name: reference.title }) });
    await expect(card.getByText(/^5 levels · grades 9\.5–12 · changed \w+ \d+, \d{4}$/)).toBeVisible();
    await expect(card.getByRole("listitem")).toHaveText(reference.levels.map((l) => new RegExp(`${escape(l.title)}\\s*${l.grade}`)));

    await card.getByRole("link", { name: "Director of Product Management", exact: true }).click();
    await expect(page).toHaveURL(levelPath("director-of-product-management"));
    await expect(page.getByRole("heading", { level: 1, name: "Director of Product Management" })).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("listitem")).toHaveText(["Job families", "Product", reference.title, "Director of Product Management"]);
    await expect(crumbs.getByText("Director of Product Management")).toHaveAttribute("aria-current", "page");

    await crumbs.getByRole("link", { name: reference.title }).click();
    await expect(page).toHaveURL(reference.path);
    await expect(page.getByRole("heading", { level: 1, name: reference.title })).toBeVisible();
  });

  test("the family page: revision line to the history, a table of contents, level titles leading to level pages", async ({ page }) => {
    await page.goto(reference.path);
    const line = page.getByTestId("revision-line");
    // history.spec saves and restores this family (see support/history-fixture.ts), so any revision.
    await expect(line).toHaveText(/^Revision \d+ · by [^·]+ · \w+ \d+, \d{4}$/);
    await expect(line.getByRole("link")).toHaveAttribute("href", `${reference.path}/history`);

    const contents = page.getByRole("navigation", { name: "Contents" });
    for (const level of reference.levels) {
      await expect(contents.getByRole("link", { name: new RegExp(`^${escape(level.title)}`) })).toHaveAttribute("href", `#${level.id}`);
    }
    await contents.getByRole("link", { name: /^Senior Director of Product Management/ }).click();
    await expect(page).toHaveURL(`${reference.path}#senior-director-of-product-management`);
    await expect(page.locator("#senior-director-of-product-management")).toBeInViewport();

    await page.locator("#group-manager-product-gmp").getByRole("link", { name: "Group Manager, Product (GMP)" }).click();
    await expect(page).toHaveURL(levelPath("group-manager-product-gmp"));
  });

  test("the family's document arrives once in its page, and is there however the page is reached", async ({ page }) => {
    // Loaded directly: the document is in the HTML once (not again in the React payload).
    const html = await (await page.request.get(reference.path)).text();
    const sentence = "Partner with Growth engineering to increase our ability to run experiments";
    expect(html.split(sentence).length - 1).toBe(1);

    // Reached by a link and by back and forward (client-side navigation), it is shown whole too.
    const lastLevel = page.locator("#vp-of-product-monetization");
    await page.goto(levelPath("director-of-product-management"));
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: reference.title }).click();
    await expect(page).toHaveURL(reference.path);
    await expect(lastLevel.getByText(sentence)).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Director of Product Management" })).toBeVisible();
    await page.goForward();
    await expect(lastLevel.getByText(sentence)).toBeVisible();
  });

  test("the department and home lists arrive once in their pages, and are there however the page is reached", async ({ page }) => {
    // Loaded directly: a family card's level link is in the HTML once (not again in the React payload).
    const levelLink = `href="${levelPath("director-of-product-management")}"`;
    const html = await (await page.request.get("/job-families/product")).text();
    expect(html.split(levelLink).length - 1).toBe(1);

    // Reached by breadcrumb links (client-side navigation), each list is fetched from its page and shown.
    await page.goto(reference.path);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await crumbs.getByRole("link", { name: "Product", exact: true }).click();
    await expect(page).toHaveURL(/\/job-families\/product$/);
    const card = page.locator("section", { has: page.getByRole("heading", { name: reference.title }) });
    await expect(card.getByRole("link", { name: "Director of Product Management", exact: true })).toHaveAttribute("href", levelPath("director-of-product-management"));
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Job families" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("region", { name: "Departments" }).getByRole("link", { name: "Product", exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Changed lately" }).getByRole("listitem").first()).toContainText(/ in \w+/);
    await page.goBack();
    await expect(card.getByRole("heading", { name: reference.title })).toBeVisible();
  });

  test("the handbook's deep links land on their anchors", async ({ page }) => {
    for (const anchor of ["vp-of-product-monetization", "director-of-product-management---requirements", "requirements", "specialties"]) {
      await page.goto("about:blank"); // a fresh load each time, as a link from elsewhere would be
      await page.goto(`${reference.path}#${anchor}`);
      await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    }
  });

  test("a level page: the level alone, its hiring timeline, and the way to the next level up", async ({ page }) => {
    await page.goto(levelPath("group-manager-product-gmp"));
    await expect(page).toHaveTitle(/Group Manager, Product \(GMP\)/);
    await expect(page.getByText("Grade 9.5", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Responsibilities" })).toBeVisible();
    await expect(page.getByTestId("hiring-summary")).toHaveText("6 stages · 4 h 30 min of interviews");
    await expect(page.locator("ol.timeline > li:not(.note)")).toHaveCount(6);
    // Nothing of the other levels.
    await expect(page.getByRole("heading", { name: "VP of Product Management" })).toHaveCount(0);

    await page.getByTestId("compare-next").click();
    await expect(page).toHaveURL(/\/compare\?a=product%2Fproduct-management-leadership%2Fgroup-manager-product-gmp&b=product%2Fproduct-management-leadership%2Fdirector-of-product-management$/);
  });

  test("a level's next step leads to its level page", async ({ page }) => {
    await page.goto(levelPath("director-of-product-management"));
    await page.locator("#director-of-product-management---career-ladder").getByRole("link", { name: "Next step →" }).click();
    await expect(page).toHaveURL(levelPath("senior-director-of-product-management"));
  });

  test("unknown departments and levels are designed 404 pages", async ({ page }) => {
    let response = await page.goto("/job-families/no-such-department");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such department" })).toBeVisible();
    response = await page.goto(levelPath("no-such-level"));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such job family" })).toBeVisible();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
