"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/**
 * Starting an OIDC sign-in is a POST with next-auth's CSRF token, which next-auth/react fetches;
 * so this one button needs JavaScript. It then leaves for the identity provider.
 */
export function SignInButton({ callbackUrl, providerName }: { callbackUrl: string; providerName: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("oidc", { callbackUrl });
      }}
      className="mt-6 w-full rounded-md bg-indigo-700 px-4 py-2.5 font-semibold text-white hover:bg-indigo-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:opacity-70"
    >
      {busy ? "Redirecting…" : `Sign in with ${providerName}`}
    </button>
  );
}
