"use client";

import Link from "next/link";
import { SignOutButton } from "@/app/(auth)/sign-out-button";
import { useViewer } from "@/app/_components/viewer";
import { can } from "@/lib/access/policy";

const linkClass = "rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900";

/**
 * The portal header's right side, filled in from /api/v1/me once the page has loaded, so that the
 * page around it can be the same for every reader. Whether "Admin" shows follows the roles held
 * now (as the admin pages themselves check), so the link goes the moment the right does.
 */
export function UserMenu() {
  const viewer = useViewer();
  // A cookie for a user the database no longer knows (e.g. a reset development database).
  if (viewer.state === "signed-out") {
    return (
      <Link href="/sign-in" className="text-sm text-indigo-700 hover:underline">
        Sign in again
      </Link>
    );
  }
  const subject = viewer.state === "signed-in" ? viewer.subject : null;
  return (
    <nav aria-label="Account" className="flex min-h-8 items-center gap-1 text-sm">
      {subject && (
        <span className="mr-2 hidden text-slate-700 sm:inline" data-testid="user-name">
          {subject.name ?? subject.email}
        </span>
      )}
      <Link href="/tokens" className={linkClass}>
        Tokens
      </Link>
      {subject && can(subject, "admin.people") && (
        <Link href="/admin/people" className={linkClass}>
          Admin
        </Link>
      )}
      <SignOutButton />
    </nav>
  );
}
