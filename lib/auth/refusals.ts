import type { SignInRefusal } from "../access/users";

/**
 * What a refused sign-in tells the person, in words they can act on. The codes travel in the
 * sign-in page's `?error=` (next to next-auth's own codes), so they are plain words, never details:
 * the technical reason (subjects, addresses, claims) goes to the server log only.
 */
const refusals: Record<SignInRefusal, { code: string; message: string }> = {
  "no-email": {
    code: "NoEmail",
    message: "Your provider did not share your email address. Allow the E-mail permission when you sign in, or ask IT.",
  },
  "email-unverified": {
    code: "EmailNotVerified",
    message:
      "An admin has prepared an account for your email address, but your provider does not confirm that the address " +
      "is yours (it is not marked verified). Ask IT to verify your email address, or ask a Ladder admin.",
  },
  "email-in-use": {
    code: "EmailInUse",
    message:
      "Your email address already belongs to another sign-in account in Ladder. Ask a Ladder admin to check Admin → People.",
  },
};

export function refusalCode(reason: SignInRefusal): string {
  return refusals[reason].code;
}

/** next-auth's error codes and ours, as the sign-in page shows them. */
const messages: Record<string, string> = {
  ...Object.fromEntries(Object.values(refusals).map((r) => [r.code, r.message])),
  AccessDenied: "Your account could not be signed in. Ask an admin if this keeps happening.",
  OAuthCallback: "The sign-in did not complete (it may have expired or been cancelled). Try again.",
  OAuthSignin: "The sign-in provider could not be reached. Try again in a moment.",
  Callback: "The sign-in did not complete. Try again.",
  SessionRequired: "Sign in to continue.",
};

export function signInErrorMessage(code: string): string {
  return Object.hasOwn(messages, code) ? messages[code] : "Sign-in failed. Try again.";
}
