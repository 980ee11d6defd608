import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { devAccounts } from "@/lib/auth/dev-accounts";
import { getAuthConfig } from "@/lib/auth/config";
import { safeCallbackUrl } from "@/lib/auth/paths";
import { getSessionSubject } from "@/lib/auth/session";
import { SignInButton } from "./sign-in-button";

export const metadata: Metadata = { title: "Sign in" };

// next-auth sends its error codes here (?error=…); say what happened in words.
const errorMessages: Record<string, string> = {
  AccessDenied: "Your account could not be signed in. Ask an admin if this keeps happening.",
  OAuthCallback: "The sign-in did not complete (it may have expired or been cancelled). Try again.",
  OAuthSignin: "The sign-in provider could not be reached. Try again in a moment.",
  Callback: "The sign-in did not complete. Try again.",
  SessionRequired: "Sign in to continue.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Public: the one page anyone may see. It shows nothing of the portal's content. */
export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  // Checked against the database, not just the cookie: a session whose user no longer exists
  // (a reset development database) must be able to sign in again instead of bouncing back.
  if (await getSessionSubject()) redirect(target);
  const { oidc } = getAuthConfig();
  const message = error ? (errorMessages[error] ?? "Sign-in failed. Try again.") : null;

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-2 text-slate-600">Ladder holds the company&apos;s job families. Sign in with your work account.</p>
      {message && (
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <SignInButton callbackUrl={target} providerName={oidc.displayName} />
      {oidc.kind === "development" && (
        <section className="mt-8 border-t border-slate-200 pt-6" aria-labelledby="demo-accounts">
          <h2 id="demo-accounts" className="font-semibold">
            Development sign-in
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            This server uses the built-in development SSO provider. Any password works for these demo accounts:
          </p>
          <ul className="mt-3 space-y-2 text-sm">
            {devAccounts.map((account) => (
              <li key={account.email}>
                <code className="font-semibold text-slate-900">{account.email}</code>
                <span className="block text-slate-600">{account.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
