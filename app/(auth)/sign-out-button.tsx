/**
 * A plain form, so signing out works without JavaScript. The route checks that the post came
 * from this site (so another site cannot sign you out) and ends the provider's session too.
 */
export function SignOutButton() {
  return (
    <form method="post" action="/api/auth/sign-out">
      <button type="submit" className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
        Sign out
      </button>
    </form>
  );
}
