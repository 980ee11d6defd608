import Link from "next/link";

/** Any address the portal does not know. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist</h1>
      <p className="mt-2 text-slate-600">The address may be mistyped, or the page may have moved. Search or start from the job families.</p>
      <Link href="/" className="mt-6 inline-block text-indigo-700 hover:underline">
        Back to the job families
      </Link>
    </main>
  );
}
