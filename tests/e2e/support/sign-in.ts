import { type Browser, type Page, expect } from "@playwright/test";

/**
 * Signs in through the real flow: Ladder's sign-in page → the development OIDC provider's login
 * form (a different origin) → the OIDC callback → back to `expectPath`.
 */
export async function signIn(page: Page, email: string, options: { from?: string; expectPath?: string } = {}) {
  await page.goto(options.from ?? "/sign-in");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("button", { name: /^Sign in with / }).click();
  await page.waitForURL(/\/interaction\//, { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { name: "Development SSO" })).toBeVisible();
  const provider = new URL(page.url()).origin;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("any password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const expectPath = options.expectPath ?? "/";
  await page.waitForURL((url) => url.origin !== provider && url.pathname === expectPath, {
    waitUntil: "domcontentloaded",
  });
}

/**
 * A separate browser context (own cookies) signed in as `email`, for tests that need two people
 * at once; `javaScriptEnabled: false` for one whose browser runs no scripts.
 */
export async function personIn(browser: Browser, baseURL: string, email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}
