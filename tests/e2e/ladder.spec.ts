import { expect, test } from "@playwright/test";
import { levelPath, needsReference, reference } from "./support/reference";
import { signIn } from "./support/sign-in";

test.describe("the drawn ladder, as of a date, dark mode and print", () => {
  needsReference();
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("the ladder is an SVG whose nodes link to every level, and to the family the ladder leads into", async ({ page }) => {
    await page.goto(reference.path);
    const ladder = page.locator("figure#ladder");
    await expect(ladder.locator("svg")).toBeVisible();
    const nodes = ladder.getByTestId("ladder-node");
    const hrefs = await nodes.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    for (const level of reference.levels) expect(hrefs).toContain(levelPath(level.id));
    // Senior Director's next step is the VP of Product Management family.
    expect(hrefs.some((h) => h?.startsWith("/job-families/product/vp-of-product-management"))).toBe(false); // not in the portal: shown, not linked
    await expect(ladder.getByRole("img", { name: /Vp of Product Management, in another family/ })).toBeAttached();
    // For screen readers: labelled nodes and the arrows in words.
    await expect(nodes.first()).toHaveAttribute("aria-label", /grade/);
    await expect(ladder.locator("ul.sr-only li", { hasText: "Group Manager, Product (GMP) — next step: Director of Product Management" })).toBeAttached();

    await ladder.getByRole("link", { name: "Director of Product Management, grade 10" }).click();
    await expect(page).toHaveURL(levelPath("director-of-product-management"));
  });

  test("the ladder fits a phone and its nodes can be reached with the keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(reference.path);
    const svg = page.locator("figure#ladder svg");
    const box = await svg.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const node = page.locator("figure#ladder").getByTestId("ladder-node").first();
    await node.focus();
    await expect(node).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/job-families\/product\/product-management-leadership\/[a-z-]+$/);
  });

  test("?asOf= shows the revision current at the end of that day, with a banner and a way back", async ({ page }) => {
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${reference.path}?asOf=${today}`);
    const banner = page.getByTestId("as-of-banner");
    await expect(banner).toContainText(/as it was at the end of .* \(UTC\): revision \d+/);
    await expect(page.getByRole("heading", { level: 1, name: reference.title })).toBeVisible();
    await banner.getByRole("link", { name: "See it as it is today" }).click();
    await expect(page).toHaveURL(reference.path);
    await expect(page.getByTestId("as-of-banner")).toHaveCount(0);

    await page.goto(`${reference.path}?asOf=2001-01-01`);
    await expect(page.getByText("This family had not been written yet on January 1, 2001")).toBeVisible();
    await page.goto(`${reference.path}?asOf=last-tuesday`);
    await expect(page.getByText("“last-tuesday” is not a date")).toBeVisible();
  });

  test("dark mode follows the system and a toggle that sticks across pages, without a flash", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(reference.path);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.emulateMedia({ colorScheme: "light" });
    const light = await background();
    expect(dark).not.toBe(light);

    await page.getByTestId("theme-toggle").click();
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "true");
    expect(await background()).toBe(dark);
    // The choice is applied before the first paint of the next page (the head script).
    await page.goto("/grades", { waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "true");
  });

  test("a level prints as a clean handout: no header, navigation or links to elsewhere", async ({ page }) => {
    await page.goto(levelPath("group-manager-product-gmp"));
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header.site-header")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
    await expect(page.getByTestId("compare-next")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Group Manager, Product (GMP)" })).toBeVisible();
    await expect(page.getByTestId("hiring-summary")).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
