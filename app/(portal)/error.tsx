"use client";

import Link from "next/link";

/** A page that failed on the server: say so plainly and offer a retry; details stay in the server log. */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">The page could not be shown. It has been logged; trying again often helps.</p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white">
          Try again
        </button>
        <Link href="/">Back to the job families</Link>
      </div>
    </div>
  );
}
