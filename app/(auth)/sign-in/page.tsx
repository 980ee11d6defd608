import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { devAccounts } from "@/lib/auth/dev-accounts";
import { getAuthConfig } from "@/lib/auth/config";
import { safeCallbackUrl } from "@/lib/auth/paths";
import { getSessionSubject } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/refusals";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Public: the one page anyone may see. It shows nothing of the portal's content. */
export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  // Checked against the database, not just the cookie: a session whose user no longer exists
  // (a reset development database) must be able to sign in again instead of bouncing back.
  if (await getSessionSubject()) redirect(target);
  const { oidc } = getAuthConfig();
  const message = error ? signInErrorMessage(error) : null;

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-2 text-slate-600">Ladder holds the company&apos;s job families. Sign in with your work account.</p>
      {message && (
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      {/* A plain form: it works the moment the HTML is there, with or without JavaScript. */}
      <form method="post" action="/api/auth/sign-in">
        <input type="hidden" name="callbackUrl" value={target} />
        <button
          type="submit"
          className="mt-6 w-full rounded-md bg-indigo-700 px-4 py-2.5 font-semibold text-white hover:bg-indigo-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
        >
          Sign in with {oidc.displayName}
        </button>
      </form>
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
