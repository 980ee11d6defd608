import { test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { levelPath, needsReference, reference } from "./support/reference";
import { signIn } from "./support/sign-in";

/** Every reading page, with the states a reader can land in (empty results, not found). */
export const readingPages = [
  "/",
  "/job-families/product",
  reference.path,
  levelPath("group-manager-product-gmp"),
  "/job-families/engineering/software-engineer",
  "/grades",
  "/grades?department=nothing-here",
  "/job-families/no-such-department",
  "/compare",
  `/compare?a=product/${reference.slug}/group-manager-product-gmp&b=product/${reference.slug}/director-of-product-management`,
  "/compare?a=nonsense&b=x/y/z",
  "/search?q=director",
  "/search?q=zzyzx-nothing",
  "/search",
  `${reference.path}?asOf=${new Date().toISOString().slice(0, 10)}`,
  `${reference.path}?asOf=2001-01-01`,
];

test.describe("accessibility (axe-core) of every reading page", () => {
  needsReference();
  for (const scheme of ["light", "dark"] as const) {
    for (const path of readingPages) {
      test(`${path} has no violations in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await signIn(page, "employee@example.com");
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  }
});
