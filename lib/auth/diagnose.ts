import type { SignInReport } from "../access/users";
import type { GroupRoleRule } from "../access/group-roles";
import type { OidcSettings } from "./config";
import type { DiscoveryResult } from "./discovery";

/** One thing wrong with the sign-in setup, and what to change. */
export type SetupProblem = { problem: string; fix: string };

type SetupFacts = {
  oidc: OidcSettings;
  roleRules: readonly GroupRoleRule[];
  discovery: DiscoveryResult;
  /** The admin's own last sign-in (Admin → Sign-in is about a setup the admin just tried). */
  lastSignIn: SignInReport | null | undefined;
};

const trimSlash = (url: string) => url.replace(/\/$/, "");

/**
 * Checks the sign-in setup against what the provider says about itself and what it sent at the
 * admin's last sign-in. Pure, so every rule is tested without a provider. Each problem says what
 * to change, in the provider or in Ladder's environment.
 */
export function diagnoseSetup({ oidc, roleRules, discovery, lastSignIn }: SetupFacts): SetupProblem[] {
  const problems: SetupProblem[] = [];
  if (!discovery.ok) {
    problems.push({
      problem: `The provider's discovery document at ${discovery.url} could not be read: ${discovery.error}.`,
      fix: "Check LADDER_OIDC_ISSUER (the issuer URL, without /.well-known/…), and that this server can reach it.",
    });
  } else {
    const d = discovery.document;
    if (trimSlash(d.issuer) !== trimSlash(oidc.issuer)) {
      problems.push({
        problem: `The provider calls itself ${d.issuer}, but LADDER_OIDC_ISSUER is ${oidc.issuer}; its ID tokens will be refused.`,
        fix: `Set LADDER_OIDC_ISSUER=${d.issuer}`,
      });
    }
    const scopes = oidc.scopes.split(/\s+/);
    const unsupported = d.scopes_supported ? scopes.filter((s) => !d.scopes_supported!.includes(s)) : [];
    if (unsupported.length > 0) {
      problems.push({
        problem: `The provider does not list the scope${unsupported.length > 1 ? "s" : ""} ${unsupported.join(", ")} that Ladder asks for; it may refuse the sign-in.`,
        fix: `Create the scope at the provider, or remove it from LADDER_OIDC_SCOPES (now "${oidc.scopes}").`,
      });
    }
    if (d.code_challenge_methods_supported && !d.code_challenge_methods_supported.includes("S256")) {
      problems.push({
        problem: "The provider does not list PKCE with S256, which Ladder always uses.",
        fix: "Allow PKCE (S256) for Ladder's client at the provider.",
      });
    }
    const authMethods = d.token_endpoint_auth_methods_supported;
    if (authMethods && !authMethods.includes("client_secret_basic")) {
      problems.push({
        problem: `The provider does not accept client_secret_basic at its token endpoint (it lists ${authMethods.join(", ")}).`,
        fix: "Allow client_secret_basic for Ladder's client (a confidential client with a secret).",
      });
    }
    if (oidc.logout === "provider" && !d.end_session_endpoint) {
      problems.push({
        problem: "The provider offers no end_session_endpoint: “Sign out” ends only Ladder's session, not the SSO session.",
        fix: "Enable RP-initiated logout (session management) at the provider, or set LADDER_OIDC_LOGOUT=local to make this the intended behaviour.",
      });
    }
    if (!d.userinfo_endpoint && lastSignIn?.groupsSource === "missing") {
      problems.push({
        problem: "The provider has no userinfo endpoint, so groups can only come from the ID token.",
        fix: "Configure the provider to put the groups in the ID token.",
      });
    }
  }
  if (!oidc.scopes.split(/\s+/).includes("email")) {
    problems.push({
      problem: `LADDER_OIDC_SCOPES ("${oidc.scopes}") does not ask for email; most providers then send no address and every sign-in is refused.`,
      fix: `Add email: LADDER_OIDC_SCOPES="${oidc.scopes} email"`,
    });
  }
  if (roleRules.length === 0) {
    problems.push({
      problem: "LADDER_ROLE_MAP is empty: no group gives anyone a role, so only roles granted on Admin → People count.",
      fix: 'Map groups to roles, e.g. LADDER_ROLE_MAP="ladder-admins=admin; pm-leads=editor:product"',
    });
  }
  if (lastSignIn?.groupsSource === "missing") {
    problems.push({
      problem:
        `The groups claim \`${lastSignIn.groupsClaim}\` was missing at your last sign-in, from both the ID token and the userinfo response ` +
        `(claims received: ${lastSignIn.claimNames.join(", ") || "none"}). Roles from groups were left as they were.`,
      fix:
        "Make the provider send the groups (a groups scope or claim mapper for Ladder's client, and the scope in LADDER_OIDC_SCOPES), " +
        "or set LADDER_OIDC_GROUPS_CLAIM to the claim that holds them (a dotted path such as realm_access.roles works).",
    });
  }
  if (lastSignIn && lastSignIn.email && !lastSignIn.emailVerified) {
    problems.push({
      problem: "Your provider did not mark your email as verified (email_verified is not true).",
      fix: "Users an admin prepared by email can only be claimed with a verified address: have the provider send email_verified: true.",
    });
  }
  return problems;
}
