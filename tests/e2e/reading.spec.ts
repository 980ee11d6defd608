import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test.describe("reading job families", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("the home page sums up every department and lists the families changed last", async ({ page }) => {
    const departments = page.getByRole("region", { name: "Departments" });
    for (const department of ["Engineering", "Executive", "Product"]) {
      await expect(departments.getByRole("heading", { name: department, exact: true })).toBeVisible();
    }
    await expect(departments.getByRole("listitem").filter({ hasText: "Executive" })).toContainText(/^Executive\d+ job famil(y|ies)( · grades? [\d.–]+)? · changed \w+ \d+, \d{4}$/);
    const recent = page.getByRole("region", { name: "Changed lately" });
    await expect(recent.getByRole("listitem").first()).toContainText(/ in \w+\d+ levels?/);

    await departments.getByRole("link", { name: "Product", exact: true }).click();
    await expect(page).toHaveURL(/\/job-families\/product$/);
    await page.getByRole("link", { name: "Product Leadership", exact: true }).click();
    await expect(page).toHaveURL(/\/job-families\/product\/product-leadership$/);
    await expect(page.getByRole("heading", { level: 1, name: "Product Leadership" })).toBeVisible();
  });

  test("a family page shows the whole document with its revision, grades and hiring time", async ({ page }) => {
    await page.goto("/job-families/product/product-leadership");
    await expect(page.getByTestId("revision-line")).toHaveText(/^Revision 1 · by import · \w+ \d+, \d{4}$/);
    const levels = page.getByRole("navigation", { name: "Contents" }).locator("ol ol > li");
    await expect(levels).toHaveText([/Group Product Manager \(GPM\)\s*9\.5/, /Director of Product\s*10/, /VP of Product\s*12/]);

    const gpm = page.locator("section#group-product-manager-gpm");
    await expect(gpm.getByText("Grade 9.5", { exact: true })).toBeVisible();
    await expect(gpm.getByRole("heading", { name: "Specialties" })).toBeVisible();
    // The stages' stated durations are added up for the reader.
    await expect(gpm.getByTestId("hiring-summary")).toHaveText(/^\d+ stages · .* of interviews/);

    // The career ladder leads into another family.
    const vp = page.locator("section#vp-of-product");
    await vp.getByRole("link", { name: "Next step →" }).click();
    await expect(page).toHaveURL(/\/job-families\/executive\/chief-product-officer/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chief Product Officer");
  });

  test("no other site may frame a page (clickjacking)", async ({ page }) => {
    const response = await page.goto("/job-families/product/product-leadership");
    expect(response?.headers()["x-frame-options"]).toBe("DENY");
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("an unknown family is a clear 404", async ({ page }) => {
    const response = await page.goto("/job-families/product/no-such-family");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such job family" })).toBeVisible();
  });

  test("the family page has no accessibility violations", async ({ page }) => {
    await page.goto("/job-families/engineering/software-engineer");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
});
