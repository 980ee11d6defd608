import { expect, test } from "@playwright/test";
import { levelPath, needsReference } from "./support/reference";
import { signIn } from "./support/sign-in";

test.describe("the grade map", () => {
  needsReference();
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("places every level by grade across departments; each cell leads to the level", async ({ page }) => {
    await page.goto("/grades");
    const table = page.getByRole("table");
    const departments = await table.locator("thead th").allTextContents();
    expect(departments).toEqual(expect.arrayContaining(["Grade", "Engineering", "Executive", "Product"]));
    const grade10 = table.locator("tbody tr", { has: page.locator("th", { hasText: /^10$/ }) });
    const productColumn = departments.indexOf("Product");
    await expect(grade10.locator("td").nth(productColumn - 1)).toContainText("Director of Product Management");
    await grade10.getByRole("link", { name: "Director of Product Management" }).click();
    await expect(page).toHaveURL(levelPath("director-of-product-management"));
  });

  test("filters by department with a plain form (no script needed)", async ({ page }) => {
    await page.goto("/grades");
    await page.getByLabel("Department").selectOption("engineering");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/grades\?department=engineering$/);
    await expect(page.locator("thead th")).toHaveText(["Grade", "Engineering"]);
    await expect(page.getByLabel("Department")).toHaveValue("engineering");

    await page.goto("/grades?department=nothing-here");
    await expect(page.getByText("No levels in this department")).toBeVisible();
  });
});
