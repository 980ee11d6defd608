import { test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Screenshots of every reading page, light and dark, desktop and phone, for a person to look at.
// Not an assertion: run with LADDER_SCREENSHOTS=1; they land in test-results/screens/.
const pages = (process.env.LADDER_SCREENSHOT_PAGES ?? [
  "/",
  "/job-families/product",
  "/job-families/product/product-management-leadership",
  "/job-families/product/product-management-leadership/group-manager-product-gmp",
  "/grades",
  "/compare?a=product/product-management-leadership/group-manager-product-gmp&b=product/product-management-leadership/director-of-product-management",
  "/search?q=director",
  "/job-families/product/product-management-leadership?asOf=2020-01-01",
  "/job-families/no-such",
].join(",")).split(",");

const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

test.describe("screenshots", () => {
  // These take pictures for a person to look at (light/dark, desktop/phone); they assert nothing a
  // machine can judge, so a normal run skips them rather than spend a minute on them.
  test.skip(
    process.env.LADDER_SCREENSHOTS !== "1",
    "screenshots are for a person to review, not a check: set LADDER_SCREENSHOTS=1 to take them",
  );
  for (const scheme of ["light", "dark"] as const) {
    for (const [size, viewport] of Object.entries(sizes)) {
      test(`${scheme} ${size}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ baseURL, viewport, colorScheme: scheme });
        const page = await context.newPage();
        await signIn(page, "employee@example.com");
        for (const path of pages) {
          await page.goto(path);
          const name = path.replace(/[^a-z0-9]+/gi, "_").slice(0, 80) || "home";
          await page.screenshot({ path: `test-results/screens/${scheme}-${size}-${name}.png`, fullPage: size === "desktop" ? false : false });
        }
        await context.close();
      });
    }
  }
});
