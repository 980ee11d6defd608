import { claimAt, groupsFromClaims } from "../access/group-roles";
import type { SignInProfile, SignInReport } from "../access/users";

/** The claims of a verified ID token, as next-auth hands them to callbacks. */
export type Claims = Record<string, unknown>;

export type GroupsSource = SignInReport["groupsSource"];

export const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * The sign-in address and whether the provider vouches for it. Entra ID and some others omit
 * `email` unless configured; their `preferred_username` or `upn` is then the sign-in address.
 * `email_verified` speaks about the `email` claim only, so an address taken from another claim
 * is never verified, and only a literal `true` counts.
 */
export function emailFrom(claims: Claims): { email: string; verified: boolean } | null {
  for (const key of ["email", "preferred_username", "upn"]) {
    const value = text(claims[key]);
    if (value?.includes("@")) return { email: value, verified: key === "email" && claims.email_verified === true };
  }
  return null;
}

const present = (value: unknown) => value !== undefined && value !== null;

/**
 * The ID token's claims, completed from the userinfo endpoint when the token lacks the groups
 * claim or an email. Many providers (Okta custom servers, Authentik, Keycloak by mapper, any
 * provider that follows OIDC Core 5.4 strictly) put scope claims only in the userinfo response.
 * The ID token wins where both have a claim: it is the signed statement about this sign-in.
 * A failing userinfo request is logged and the sign-in goes on with what the token said.
 */
export async function completeClaims(
  idToken: Claims,
  groupsClaim: string,
  fetchUserinfo: () => Promise<Claims>,
): Promise<{ claims: Claims; groupsSource: GroupsSource }> {
  const groupsInToken = present(claimAt(idToken, groupsClaim));
  if (groupsInToken && emailFrom(idToken)) return { claims: idToken, groupsSource: "id_token" };
  let userinfo: Claims = {};
  try {
    userinfo = await fetchUserinfo();
  } catch (error) {
    console.warn(`Ladder: sign-in of ${String(idToken.sub)}: the userinfo request failed: ${(error as Error).message}`);
  }
  // openid-client already refuses a userinfo response for another subject; this keeps it so.
  if (userinfo.sub !== idToken.sub) userinfo = {};
  const claims = { ...userinfo, ...idToken };
  const groupsSource = groupsInToken ? "id_token" : present(claimAt(userinfo, groupsClaim)) ? "userinfo" : "missing";
  return { claims, groupsSource };
}

/** What recordSignIn needs from one sign-in's claims (ID token, completed from userinfo). */
export function signInProfileFrom(
  subject: string,
  claims: Claims,
  groupsClaim: string,
  groupsSource?: GroupsSource,
): SignInProfile {
  const email = emailFrom(claims);
  const name = text(claims.name) ?? text(claims.preferred_username);
  const groups = groupsFromClaims(claims, groupsClaim);
  const profile: SignInProfile = { subject, email: email?.email ?? "", emailVerified: email?.verified ?? false, name, groups };
  if (!groupsSource) return profile;
  return {
    ...profile,
    report: {
      at: new Date().toISOString(),
      email: email?.email ?? null,
      emailVerified: email?.verified ?? false,
      name,
      groups,
      groupsClaim,
      groupsSource,
      claimNames: Object.keys(claims).sort(),
    },
  };
}
