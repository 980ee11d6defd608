import { expect, test } from "@playwright/test";
import { type DevProvider, startDevProvider } from "../../lib/auth/dev-provider";
import { startLadder } from "./support/ladder-server";
import { e2ePorts } from "./support/ports";
import { signIn } from "./support/sign-in";

// Ladder against an oidc-provider configured like many company providers (Okta custom servers,
// Authentik, Keycloak by mapper): the ID token carries only the subject, and email, name and
// groups come from the userinfo endpoint. Ladder sees it as an ordinary external provider.

test.describe.configure({ mode: "serial" });

const { externalApp, externalSso } = e2ePorts();
const baseURL = `http://localhost:${externalApp}`;
const client = { clientId: "ladder-userinfo", clientSecret: "userinfo-test-secret" };

/** Per account: groups (absent: no groups claim at all) and whether the email is shared. */
const accounts: Record<string, { name: string; groups?: string[]; email?: false }> = {
  "una@example.com": { name: "Una Userinfo", groups: ["staff", "ladder-admins"] },
  "nils@example.com": { name: "Nils Nogroups" },
  "quiet@example.com": { name: "Quiet Person", groups: ["staff"], email: false },
};

function claimsFor(login: string, use: "id_token" | "userinfo") {
  const account = accounts[login] ?? { name: login, groups: ["staff"] };
  if (use === "id_token") return { sub: login };
  return {
    sub: login,
    name: account.name,
    ...(account.email === false ? {} : { email: login, email_verified: true }),
    ...(account.groups ? { groups: account.groups } : {}),
  };
}

let provider: DevProvider | undefined;
let ladder: Awaited<ReturnType<typeof startLadder>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  provider = await startDevProvider({ port: externalSso, ...client, extraSiteUrls: [baseURL], claimsFor });
  ladder = await startLadder({
    name: "userinfo",
    port: externalApp,
    env: {
      LADDER_OIDC_ISSUER: provider.issuer,
      LADDER_OIDC_CLIENT_ID: client.clientId,
      LADDER_OIDC_CLIENT_SECRET: client.clientSecret,
      LADDER_OIDC_SCOPES: "openid email profile groups",
      LADDER_ROLE_MAP: "ladder-admins=admin",
    },
  });
});

test.afterAll(async () => {
  await ladder?.stop();
  await provider?.close();
});

test.use({ baseURL });

test("groups from the userinfo endpoint give roles when the ID token has none", async ({ page }) => {
  await signIn(page, "una@example.com");
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me).toMatchObject({ email: "una@example.com", name: "Una Userinfo" });
  expect(me.grants).toEqual([{ role: "admin", department: null, family: null, source: "group" }]);
  await page.goto("/admin/sign-in");
  const last = page.getByRole("region", { name: "Your last sign-in" });
  await expect(last).toContainText("from the userinfo endpoint (the ID token had none)");
  await expect(last).toContainText("staff, ladder-admins");
  await expect(page.getByTestId("map-yields")).toHaveText("For your groups, the map gives: admin.");
});

test("a provider that shares no email is refused in words the user can act on", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: /^Sign in with / }).click();
  await page.getByLabel("Email").fill("quiet@example.com");
  await page.getByLabel("Password").fill("x");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/sign-in\?error=NoEmail/);
  await expect(page.getByText("Your provider did not share your email address. Allow the E-mail permission when you sign in, or ask IT.")).toBeVisible();
});

test("a sign-in without the groups claim works, and admins are told the claim was missing", async ({ page, browser }) => {
  await signIn(page, "nils@example.com");
  expect((await (await page.request.get("/api/v1/me")).json()).grants).toEqual([]);

  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signIn(admin, "una@example.com");
  await admin.goto("/admin/people");
  const warning = admin.getByRole("alert").filter({ hasText: "was missing" });
  await expect(warning).toContainText("groups claim `groups` was missing at the last sign-in of:");
  await expect(warning.getByRole("link", { name: "nils@example.com" })).toBeVisible();
  await admin.context().close();
});
