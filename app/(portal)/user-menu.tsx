import Link from "next/link";
import { SignOutButton } from "@/app/(auth)/sign-out-button";
import { can } from "@/lib/access/policy";
import { getSessionSubject } from "@/lib/auth/session";

/**
 * The portal header's right side. Whether "Admin" shows is read from the database (as the admin
 * pages themselves check), so the link goes the moment the right does.
 */
export async function UserMenu() {
  const subject = await getSessionSubject();
  // A cookie for a user the database no longer knows (e.g. a reset development database).
  if (!subject) {
    return (
      <Link href="/sign-in" className="text-sm text-indigo-700 hover:underline">
        Sign in again
      </Link>
    );
  }
  return (
    <nav aria-label="Account" className="flex items-center gap-1 text-sm">
      <span className="mr-2 hidden text-slate-700 sm:inline" data-testid="user-name">
        {subject.name ?? subject.email}
      </span>
      <Link href="/tokens" className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
        Tokens
      </Link>
      {can(subject, "admin.people") && (
        <Link href="/admin/people" className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
          Admin
        </Link>
      )}
      <SignOutButton />
    </nav>
  );
}
