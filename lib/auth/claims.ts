import { groupsFromClaims } from "../access/group-roles";
import type { SignInProfile } from "../access/users";

/** The claims of a verified ID token, as next-auth hands them to callbacks. */
export type Claims = Record<string, unknown>;

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

/** What recordSignIn needs from one sign-in's ID token. */
export function signInProfileFrom(subject: string, claims: Claims, groupsClaim: string): SignInProfile {
  const email = emailFrom(claims);
  return {
    subject,
    email: email?.email ?? "",
    emailVerified: email?.verified ?? false,
    name: text(claims.name) ?? text(claims.preferred_username),
    groups: groupsFromClaims(claims, groupsClaim),
  };
}
