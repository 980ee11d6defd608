import { describe, expect, it, vi } from "vitest";
import { parseRoleMap } from "../../../lib/access/group-roles";
import { completeClaims, signInProfileFrom } from "../../../lib/auth/claims";
import { readAuthConfig } from "../../../lib/auth/config";
import { diagnoseSetup } from "../../../lib/auth/diagnose";
import type { DiscoveryResult } from "../../../lib/auth/discovery";
import { refusalCode, signInErrorMessage } from "../../../lib/auth/refusals";

describe("claims completed from the userinfo endpoint", () => {
  const token = { sub: "s", email: "ann@example.com", email_verified: true, name: "Ann" };

  it("does not ask userinfo when the ID token has the groups and an email", async () => {
    const userinfo = vi.fn(async () => ({ sub: "s", groups: ["other"] }));
    const result = await completeClaims({ ...token, groups: ["staff"] }, "groups", userinfo);
    expect(result).toEqual({ claims: { ...token, groups: ["staff"] }, groupsSource: "id_token" });
    expect(userinfo).not.toHaveBeenCalled();
  });

  it("takes the groups from userinfo when the ID token lacks them; the token wins where both speak", async () => {
    const result = await completeClaims(token, "groups", async () => ({ sub: "s", email: "other@example.com", groups: ["staff"] }));
    expect(result.groupsSource).toBe("userinfo");
    expect(result.claims).toMatchObject({ email: "ann@example.com", groups: ["staff"] });
  });

  it("takes a dotted groups claim and the email from userinfo (Okta-style minimal ID tokens)", async () => {
    const result = await completeClaims({ sub: "s" }, "realm_access.roles", async () => ({
      sub: "s",
      email: "ann@example.com",
      realm_access: { roles: ["ladder-admins"] },
    }));
    expect(result.groupsSource).toBe("userinfo");
    expect(signInProfileFrom("s", result.claims, "realm_access.roles")).toMatchObject({ email: "ann@example.com", groups: ["ladder-admins"] });
  });

  it("says the groups are missing when neither has the claim, or userinfo fails or speaks of someone else", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await completeClaims(token, "groups", async () => ({ sub: "s" }))).groupsSource).toBe("missing");
    expect((await completeClaims(token, "groups", async () => Promise.reject(new Error("boom")))).groupsSource).toBe("missing");
    const other = await completeClaims(token, "groups", async () => ({ sub: "someone-else", groups: ["ladder-admins"] }));
    expect(other).toEqual({ claims: token, groupsSource: "missing" });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/userinfo request failed: boom/));
    warn.mockRestore();
  });

  it("reports the sign-in with values of email, name and groups, and only the names of other claims", () => {
    const profile = signInProfileFrom("s", { ...token, at_hash: "secretish", custom: "x" }, "groups", "missing");
    expect(profile.groups).toBeNull();
    expect(profile.report).toMatchObject({
      email: "ann@example.com",
      emailVerified: true,
      name: "Ann",
      groups: null,
      groupsClaim: "groups",
      groupsSource: "missing",
      claimNames: ["at_hash", "custom", "email", "email_verified", "name", "sub"],
    });
    expect(JSON.stringify(profile.report)).not.toContain("secretish");
  });
});

describe("refusals in words", () => {
  it("tells a user without a shared email what to do", () => {
    expect(signInErrorMessage(refusalCode("no-email"))).toBe(
      "Your provider did not share your email address. Allow the E-mail permission when you sign in, or ask IT.",
    );
    expect(signInErrorMessage(refusalCode("email-in-use"))).toMatch(/already belongs to another/);
    expect(signInErrorMessage("OAuthCallback")).toMatch(/did not complete/);
    expect(signInErrorMessage("toString")).toBe("Sign-in failed. Try again.");
  });
});

describe("LADDER_OIDC_LOGOUT", () => {
  it("defaults to provider and accepts local; anything else is named", () => {
    expect(readAuthConfig({ NODE_ENV: "development" }).config?.oidc.logout).toBe("provider");
    expect(readAuthConfig({ NODE_ENV: "development", LADDER_OIDC_LOGOUT: "local" }).config?.oidc.logout).toBe("local");
    expect(readAuthConfig({ NODE_ENV: "development", LADDER_OIDC_LOGOUT: "both" }).problems).toEqual([
      "LADDER_OIDC_LOGOUT: must be provider or local",
    ]);
  });
});

describe("the sign-in setup check (Admin → Sign-in)", () => {
  const oidc = readAuthConfig({
    NODE_ENV: "development",
    LADDER_OIDC_ISSUER: "https://sso.example.com/realms/x",
    LADDER_OIDC_CLIENT_ID: "ladder",
    LADDER_OIDC_CLIENT_SECRET: "s",
    LADDER_OIDC_SCOPES: "openid email profile groups",
  }).config!.oidc;
  const { rules } = parseRoleMap("ladder-admins=admin");
  const good: DiscoveryResult = {
    url: "https://sso.example.com/realms/x/.well-known/openid-configuration",
    ok: true,
    document: {
      issuer: "https://sso.example.com/realms/x",
      userinfo_endpoint: "https://sso.example.com/userinfo",
      end_session_endpoint: "https://sso.example.com/logout",
      scopes_supported: ["openid", "email", "profile", "groups"],
      code_challenge_methods_supported: ["S256"],
      token_endpoint_auth_methods_supported: ["client_secret_basic"],
    },
  };
  const report = {
    at: "2026-12-01T10:00:00.000Z",
    email: "a@example.com",
    emailVerified: true,
    name: "A",
    groups: ["ladder-admins"],
    groupsClaim: "groups",
    groupsSource: "id_token" as const,
    claimNames: ["email", "groups", "sub"],
  };

  it("finds nothing wrong with a provider that offers everything Ladder uses", () => {
    expect(diagnoseSetup({ oidc, roleRules: rules, discovery: good, lastSignIn: report })).toEqual([]);
  });

  it("names each problem with what to change", () => {
    const problems = diagnoseSetup({
      oidc,
      roleRules: [],
      discovery: {
        ...good,
        document: { ...good.document, issuer: "https://sso.example.com/realms/x/", scopes_supported: ["openid", "email"], end_session_endpoint: undefined },
      },
      lastSignIn: { ...report, groups: null, groupsSource: "missing", emailVerified: false },
    });
    const text = problems.map((p) => `${p.problem} → ${p.fix}`).join("\n");
    expect(text).toMatch(/scopes profile, groups .*remove it from LADDER_OIDC_SCOPES/);
    expect(text).toMatch(/no end_session_endpoint.*LADDER_OIDC_LOGOUT=local/);
    expect(text).toMatch(/LADDER_ROLE_MAP is empty/);
    expect(text).toMatch(/groups claim `groups` was missing at your last sign-in.*claims received: email, groups, sub.*LADDER_OIDC_GROUPS_CLAIM/s);
    expect(text).toMatch(/not mark your email as verified/);
    // A trailing slash is the same issuer.
    expect(text).not.toMatch(/calls itself/);
  });

  it("says when the discovery document cannot be read, or names another issuer", () => {
    const unreachable = diagnoseSetup({ oidc, roleRules: rules, discovery: { url: good.url, ok: false, error: "fetch failed (ECONNREFUSED)" }, lastSignIn: null });
    expect(unreachable[0].problem).toMatch(/could not be read: fetch failed \(ECONNREFUSED\)/);
    const other = diagnoseSetup({ oidc, roleRules: rules, discovery: { ...good, document: { ...good.document, issuer: "https://other" } }, lastSignIn: null });
    expect(other[0].fix).toBe("Set LADDER_OIDC_ISSUER=https://other");
  });
});
