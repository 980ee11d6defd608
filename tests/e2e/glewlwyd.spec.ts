import { type Page, expect, test } from "@playwright/test";
import { type Glewlwyd, glewlwydInstalled, glewlwydUsers, startGlewlwyd } from "./support/glewlwyd";
import { startLadder } from "./support/ladder-server";
import { e2ePorts } from "./support/ports";

// Signing in through Glewlwyd (Debian's package), an OpenID Connect provider nobody here wrote:
// it requires a nonce, asks for a password on its own login page, and ends its session on
// RP-initiated logout. CI installs it (.ci/run); elsewhere these tests say how to get it.

test.describe.configure({ mode: "serial" });

const { glewlwyd: glewlwydPort, glewlwydApp } = e2ePorts();
const baseURL = `http://localhost:${glewlwydApp}`;
let provider: Glewlwyd | undefined;
let ladder: Awaited<ReturnType<typeof startLadder>> | undefined;

test.beforeAll(async () => {
  if (!glewlwydInstalled()) {
    // CI must run these: a missing package is a broken CI setup, not a reason to skip.
    if (process.env.CI) throw new Error("Glewlwyd is not installed; .ci/run installs it with .ci/glewlwyd-install");
    test.skip(true, "Glewlwyd is not installed: run `sudo .ci/glewlwyd-install` to run these tests");
    return;
  }
  test.setTimeout(180_000);
  provider = await startGlewlwyd({ port: glewlwydPort, ladderUrl: baseURL });
  ladder = await startLadder({
    name: "glewlwyd",
    port: glewlwydApp,
    env: {
      LADDER_OIDC_ISSUER: provider.issuer,
      LADDER_OIDC_CLIENT_ID: provider.clientId,
      LADDER_OIDC_CLIENT_SECRET: provider.clientSecret,
      LADDER_OIDC_SCOPES: "openid email profile groups",
      LADDER_OIDC_NAME: "Glewlwyd",
      LADDER_ROLE_MAP: "ladder-admins=admin",
    },
  });
});

test.afterAll(async () => {
  await ladder?.stop();
  await provider?.stop();
});

test.use({ baseURL });

/** Ladder's sign-in page → Glewlwyd's login page (its own web app) → back to Ladder. */
async function signInWithGlewlwyd(page: Page, user: { username: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Glewlwyd" }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/login\.html/, { waitUntil: "domcontentloaded" });
  await page.getByLabel("Login").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "OK" }).click();
  // Glewlwyd then greets the person and asks where to go: on to the application.
  await page.getByRole("button", { name: "Continue" }).click();
}

test("alice, in the group ladder-admins at Glewlwyd, signs in as an admin", async ({ page }) => {
  await signInWithGlewlwyd(page, glewlwydUsers.alice);
  await page.waitForURL(`${baseURL}/`);
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me).toMatchObject({ email: "alice@example.com", name: "Alice Admin" });
  expect(me.grants).toEqual([{ role: "admin", department: null, family: null, source: "group" }]);
});

test("alice's Admin → Sign-in page shows what Glewlwyd sent and what the role map makes of it", async ({ page }) => {
  await signInWithGlewlwyd(page, glewlwydUsers.alice);
  await page.waitForURL(`${baseURL}/`);
  await page.goto("/admin/sign-in");
  const last = page.getByRole("region", { name: "Your last sign-in" });
  await expect(last).toContainText("alice@example.com");
  await expect(last).toContainText("staff, ladder-admins");
  await expect(page.getByTestId("map-yields")).toHaveText("For your groups, the map gives: admin.");
  await expect(page.getByRole("region", { name: "The provider" })).toContainText(`${provider!.issuer}/end_session`);
});

test("bob, only in staff, signs in as an employee", async ({ page }) => {
  await signInWithGlewlwyd(page, glewlwydUsers.bob);
  await page.waitForURL(`${baseURL}/`);
  expect((await (await page.request.get("/api/v1/me")).json()).grants).toEqual([]);
  expect((await page.goto("/admin/people"))?.status()).toBe(403);
});

test("carol, who did not let Glewlwyd share her email, is told what to do", async ({ page }) => {
  await signInWithGlewlwyd(page, glewlwydUsers.carol);
  await page.waitForURL(/\/sign-in\?error=NoEmail/);
  await expect(page.getByText("Your provider did not share your email address. Allow the E-mail permission when you sign in, or ask IT.")).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("dave, in no group, signs in; admins see that the groups claim was missing", async ({ page, browser }) => {
  await signInWithGlewlwyd(page, glewlwydUsers.dave);
  await page.waitForURL(`${baseURL}/`);
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signInWithGlewlwyd(admin, glewlwydUsers.alice);
  await admin.waitForURL(`${baseURL}/`);
  await admin.goto("/admin/people");
  const warning = admin.getByRole("alert").filter({ hasText: "was missing" });
  await expect(warning).toContainText("groups claim `groups` was missing at the last sign-in of:");
  await expect(warning.getByRole("link", { name: "dave@example.com" })).toBeVisible();
  await admin.context().close();
});

test("signing out ends the Glewlwyd session too: the next sign-in asks for the password again", async ({ page }) => {
  await signInWithGlewlwyd(page, glewlwydUsers.alice);
  await page.waitForURL(`${baseURL}/`);
  await page.getByRole("button", { name: "Sign out" }).click();
  // RP-initiated logout: Ladder sends the browser to Glewlwyd's end_session_endpoint with
  // id_token_hint and post_logout_redirect_uri; Glewlwyd asks, then ends its session.
  await page.waitForURL(/127\.0\.0\.1:\d+\/login\.html.*prompt=end_session/, { waitUntil: "domcontentloaded" });
  expect(new URL(page.url()).searchParams.get("callback_url")).toBe(`${baseURL}/sign-in`);
  const ended = page.waitForResponse((r) => r.request().method() === "DELETE" && new URL(r.url()).pathname === "/api/auth/");
  await page.getByRole("button", { name: "Logout" }).click();
  expect((await ended).ok()).toBe(true);
  // Debian's Glewlwyd 2.7.5 web app then stays on its "session closed" page: its end-session
  // view reads `post_redirect_to`, which its own OIDC plugin never sends (it sends callback_url).
  await page.goto("/sign-in");
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await page.getByRole("button", { name: "Sign in with Glewlwyd" }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/login\.html/, { waitUntil: "domcontentloaded" });
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByText("Hello Alice Admin")).toHaveCount(0);
});
