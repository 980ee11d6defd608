import { describe, expect, it } from "vitest";
import { readAuthConfig } from "../../../lib/auth/config";
import { parseDuration } from "../../../lib/auth/duration";

const secret = "x".repeat(40);
const okta = {
  LADDER_OIDC_ISSUER: "https://example.okta.com/oauth2/default",
  LADDER_OIDC_CLIENT_ID: "0oa123",
  LADDER_OIDC_CLIENT_SECRET: "shh",
};

describe("auth configuration in development", () => {
  it("needs no environment at all: development SSO, a development secret, demo role map", () => {
    const { config, problems } = readAuthConfig({ NODE_ENV: "development" });
    expect(problems).toEqual([]);
    expect(config?.oidc).toMatchObject({ kind: "development", issuer: "http://127.0.0.1:3001", groupsClaim: "groups" });
    expect(config?.devSso).toEqual({ port: 3001 });
    expect(config?.secret.length).toBeGreaterThanOrEqual(32);
    expect(config?.secureCookies).toBe(false);
    expect(config?.roleRules.map((r) => r.group)).toEqual(["ladder-admins", "product-editors"]);
  });

  it("uses the real provider as soon as it is configured", () => {
    const { config } = readAuthConfig({ NODE_ENV: "development", ...okta, LADDER_DEV_SSO_PORT: "4001" });
    expect(config?.oidc).toMatchObject({ kind: "external", issuer: okta.LADDER_OIDC_ISSUER, scopes: "openid email profile" });
    expect(config?.devSso).toBeNull();
    expect(config?.roleRules).toEqual([]);
  });

  it("refuses a half-configured provider, naming what is missing", () => {
    const { config, problems } = readAuthConfig({ NODE_ENV: "development", LADDER_OIDC_ISSUER: okta.LADDER_OIDC_ISSUER });
    expect(config).toBeNull();
    expect(problems.join("\n")).toMatch(/set LADDER_OIDC_CLIENT_ID and LADDER_OIDC_CLIENT_SECRET/);
  });
});

describe("auth configuration in production", () => {
  const base = { NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "https://ladder.example.com" };

  it("refuses to run without an OIDC provider and says which variables to set", () => {
    const { config, problems } = readAuthConfig(base);
    expect(config).toBeNull();
    expect(problems.join("\n")).toMatch(/LADDER_OIDC_ISSUER, LADDER_OIDC_CLIENT_ID and LADDER_OIDC_CLIENT_SECRET/);
  });

  it("refuses a missing or short NEXTAUTH_SECRET", () => {
    const missing = readAuthConfig({ ...base, ...okta, NEXTAUTH_SECRET: undefined });
    const short = readAuthConfig({ ...base, ...okta, NEXTAUTH_SECRET: "short-secret" });
    expect(missing.problems.join()).toMatch(/NEXTAUTH_SECRET is not set/);
    expect(short.problems.join()).toMatch(/NEXTAUTH_SECRET is only 12 characters long/);
  });

  it("refuses a plain-http public address, but allows loopback for local smoke tests", () => {
    expect(readAuthConfig({ ...base, ...okta, NEXTAUTH_URL: "http://ladder.example.com" }).problems.join()).toMatch(/https/);
    expect(readAuthConfig({ ...base, ...okta, NEXTAUTH_URL: "http://localhost:3000" }).problems).toEqual([]);
  });

  it("runs the development provider only when LADDER_DEV_SSO=1 says so, and then warns", () => {
    const { config, warnings } = readAuthConfig({ ...base, LADDER_DEV_SSO: "1" });
    expect(config?.oidc.kind).toBe("development");
    expect(config?.secureCookies).toBe(true);
    expect(warnings.join()).toMatch(/Anyone can sign in as anyone/);
  });

  it("reports every problem at once", () => {
    const { problems } = readAuthConfig({ NODE_ENV: "production", LADDER_ROLE_MAP: "x=owner" });
    expect(problems.length).toBe(4); // provider, secret, URL, role map
  });

  it("validates the scopes, groups claim and session lifetime", () => {
    const good = readAuthConfig({ ...base, ...okta, LADDER_OIDC_SCOPES: "openid email profile groups", LADDER_OIDC_GROUPS_CLAIM: "roles", LADDER_SESSION_MAX_AGE: "12h" });
    expect(good.config).toMatchObject({ sessionMaxAgeSeconds: 43200, oidc: { scopes: "openid email profile groups", groupsClaim: "roles" } });
    const bad = readAuthConfig({ ...base, ...okta, LADDER_OIDC_SCOPES: "email", LADDER_SESSION_MAX_AGE: "forever" });
    expect(bad.problems.join("\n")).toMatch(/LADDER_OIDC_SCOPES: must include openid/);
    expect(bad.problems.join("\n")).toMatch(/LADDER_SESSION_MAX_AGE: must be a duration/);
  });
});

describe("durations", () => {
  it("reads seconds and s/m/h/d suffixes", () => {
    expect([parseDuration("3600"), parseDuration("30m"), parseDuration("8h"), parseDuration("7d")]).toEqual([3600, 1800, 28800, 604800]);
    expect(parseDuration("8 hours")).toBeNull();
  });
});
