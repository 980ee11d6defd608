import Link from "next/link";

/** Rendered with status 403 when a page calls forbidden() (requirePermission does). */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-slate-600">
        Your account is signed in but lacks the role this page needs. If you think you should have it, ask an admin.
      </p>
      <Link href="/" className="mt-6 inline-block text-indigo-700 hover:underline">
        Back to the job families
      </Link>
    </main>
  );
}
