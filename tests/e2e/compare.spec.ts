import { expect, test } from "@playwright/test";
import { levelPath, needsReference } from "./support/reference";
import { signIn } from "./support/sign-in";

const ref = (level: string) => `product/product-management-leadership/${level}`;

test.describe("comparing two levels", () => {
  needsReference();
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("Group Manager → Director: facts side by side, lists aligned, changed words marked", async ({ page }) => {
    await page.goto(levelPath("group-manager-product-gmp"));
    await page.getByTestId("compare-next").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Group Manager, Product (GMP) → Director of Product Management");
    const facts = page.locator("table.compare-facts");
    await expect(facts.getByRole("row", { name: /Grade/ })).toHaveText(/Grade\s*9\.5\s*10/);
    await expect(facts.getByRole("row", { name: /Hiring/ })).toHaveText(/6 stages · 4 h 30 min\s*8 stages · 6 h 5 min/);

    const responsibilities = page.getByRole("table", { name: "Group Manager, Product (GMP) compared with Director of Product Management" }).nth(1);
    await expect(responsibilities.locator(".compare-row").first()).toBeVisible();
    // Every kind of change the reader is promised shows up somewhere in the comparison.
    await expect(page.locator(".compare-row.added ins").first()).toBeVisible();
    await expect(page.locator(".compare-row.removed del").first()).toBeVisible();
    await expect(page.locator(".compare-row.reworded").first()).toBeVisible();
    await expect(page.getByTestId("responsibilities-tally")).toHaveText(/^\d+ added · \d+ removed · \d+ reworded · \d+ the same$/);

    // Each side links to its level.
    await facts.getByRole("link", { name: "Director of Product Management" }).click();
    await expect(page).toHaveURL(levelPath("director-of-product-management"));
  });

  test("a level compared with itself is all the same; across families works too", async ({ page }) => {
    const gmp = ref("group-manager-product-gmp");
    await page.goto(`/compare?a=${gmp}&b=${gmp}`);
    await expect(page.getByTestId("requirements-tally")).toHaveText(/^0 added · 0 removed · 0 reworded · \d+ the same$/);
    await expect(page.locator(".compare-row ins, .compare-row del")).toHaveCount(0);

    await page.goto(`/compare?a=${ref("vp-of-product-management")}&b=executive/chief-product-officer/chief-product-officer-cpo`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("VP of Product Management →");
  });

  test("the form chooses levels without scripts; bad references are explained", async ({ page }) => {
    await page.goto("/compare");
    await expect(page.getByText("Choose two levels to compare")).toBeVisible();
    await page.getByLabel("First level").selectOption(ref("director-of-product-management"));
    await page.getByLabel("Second level").selectOption(ref("senior-director-of-product-management"));
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/a=product%2Fproduct-management-leadership%2Fdirector-of-product-management/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Director of Product Management → Senior Director of Product Management");

    await page.goto("/compare?a=nonsense&b=x/y/z");
    await expect(page.getByText("“nonsense” is not a level: use department/family/level.")).toBeVisible();
    await page.goto(`/compare?a=${ref("no-such-level")}&b=${ref("group-manager-product-gmp")}`);
    await expect(page.getByText("Product Management - Leadership has no level no-such-level.")).toBeVisible();
  });
});
