import Link from "next/link";

export default function FamilyNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">No such job family</h1>
      <p className="mt-2 text-slate-600">It may have been renamed or moved to another department.</p>
      <Link href="/" className="mt-4 inline-block text-indigo-700 hover:underline">
        See all job families
      </Link>
    </div>
  );
}
