"use client";

import { signIn } from "next-auth/react";
import { BusyButton } from "@/app/_components/busy-button";

/**
 * Starting an OIDC sign-in is a POST with next-auth's CSRF token, which next-auth/react fetches;
 * so this one button needs JavaScript. It then leaves for the identity provider.
 */
export function SignInButton({ callbackUrl, providerName }: { callbackUrl: string; providerName: string }) {
  return (
    <BusyButton
      label={`Sign in with ${providerName}`}
      busyLabel="Redirecting…"
      onClick={() => void signIn("oidc", { callbackUrl })}
      className="mt-6 w-full rounded-md bg-indigo-700 px-4 py-2.5 font-semibold text-white hover:bg-indigo-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:opacity-70"
    />
  );
}
