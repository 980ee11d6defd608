import { describe, expect, it } from "vitest";
import { devAccounts, devClaimsFor } from "../../../lib/auth/dev-accounts";
import { signInProfileFrom } from "../../../lib/auth/claims";

describe("the sign-in profile read from ID token claims", () => {
  it("is verified only when the provider says email_verified: true for the email claim", () => {
    const base = { sub: "s", email: "Ann@Example.com", name: "Ann", groups: ["staff"] };
    expect(signInProfileFrom("s", { ...base, email_verified: true }, "groups")).toEqual({
      subject: "s",
      email: "Ann@Example.com",
      emailVerified: true,
      name: "Ann",
      groups: ["staff"],
    });
    expect(signInProfileFrom("s", base, "groups").emailVerified).toBe(false);
    expect(signInProfileFrom("s", { ...base, email_verified: false }, "groups").emailVerified).toBe(false);
    expect(signInProfileFrom("s", { ...base, email_verified: "true" }, "groups").emailVerified).toBe(false);
  });

  it("never treats an address taken from preferred_username or upn as verified", () => {
    const profile = signInProfileFrom("s", { preferred_username: "ann@example.com", email_verified: true }, "groups");
    expect(profile).toMatchObject({ email: "ann@example.com", emailVerified: false });
  });

  it("is verified for the development provider's accounts, so the demo can claim prepared users", () => {
    for (const login of [...devAccounts.map((a) => a.email), "new.hire@example.com"]) {
      const claims = devClaimsFor(login);
      expect(signInProfileFrom(claims.sub, claims, "groups")).toMatchObject({ email: claims.email, emailVerified: true });
    }
  });
});
