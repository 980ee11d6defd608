"use client";

import { signOut } from "next-auth/react";
import { BusyButton } from "@/app/_components/busy-button";
import { SIGN_IN_PATH } from "@/lib/auth/paths";

/** Sign-out is a POST with next-auth's CSRF token (so another site cannot sign you out); next-auth/react does both. */
export function SignOutButton() {
  return (
    <BusyButton
      label="Sign out"
      busyLabel="Signing out…"
      onClick={() => void signOut({ callbackUrl: SIGN_IN_PATH })}
      className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    />
  );
}
