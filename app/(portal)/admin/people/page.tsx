import type { Metadata } from "next";
import Link from "next/link";
import { getDatabase } from "@/db/server";
import { peopleMissingGroups, searchUsers } from "@/lib/access/users";
import { requirePermission } from "@/lib/auth/session";
import { formatTime } from "@/app/_components/format-time";
import { AdminNav } from "../admin-nav";
import { GrantForm } from "./grant-form";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<{ q?: string }> };

export default async function PeoplePage({ searchParams }: Props) {
  await requirePermission("admin.people");
  const { q = "" } = await searchParams;
  const db = await getDatabase();
  const [people, missingGroups] = await Promise.all([searchUsers(db, q), peopleMissingGroups(db)]);
  return (
    <div>
      <AdminNav current="/admin/people" />
      {missingGroups.length > 0 && (
        <div role="alert" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <p className="font-semibold">
            {[...new Set(missingGroups.map((p) => p.report.groupsClaim))].map((claim) => `groups claim \`${claim}\``).join(", ")} was missing
            at the last sign-in of:
          </p>
          <ul className="mt-1 list-inside list-disc">
            {missingGroups.map((p) => (
              <li key={p.id}>
                <Link href={`/admin/people/${p.id}`} className="text-indigo-800 hover:underline">
                  {p.email}
                </Link>{" "}
                ({formatTime(new Date(p.report.at))})
              </li>
            ))}
          </ul>
          <p className="mt-1">
            Their roles from groups were left as they were. See{" "}
            <Link href="/admin/sign-in" className="font-medium text-indigo-800 hover:underline">
              Admin → Sign-in
            </Link>{" "}
            for what to change.
          </p>
        </div>
      )}
      <h1 className="text-3xl font-bold tracking-tight">People</h1>
      <p className="mt-2 text-slate-600">
        Everyone may read. Editors change the families in their scope; admins do everything. Roles can also come from
        identity-provider groups (LADDER_ROLE_MAP), applied at each sign-in.
      </p>
      <p className="mt-2 text-sm">
        <Link href="/admin/checks" className="text-indigo-700 hover:underline">
          Editing checks
        </Link>{" "}
        — which checks block a save and which only warn.
      </p>

      <section className="mt-8 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="grant-heading">
        <h2 id="grant-heading" className="mb-3 text-lg font-semibold">
          Grant a role
        </h2>
        <GrantForm />
      </section>

      <section className="mt-8" aria-labelledby="find-heading">
        <h2 id="find-heading" className="text-lg font-semibold">
          Find a person
        </h2>
        <form role="search" className="mt-3 flex gap-2" action="/admin/people">
          <label htmlFor="people-q" className="sr-only">
            Name or email
          </label>
          <input
            id="people-q"
            name="q"
            defaultValue={q}
            placeholder="Name or email"
            className="w-full max-w-md rounded-md border border-slate-300 px-3 py-2"
          />
          <button type="submit" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100">
            Search
          </button>
        </form>
        {people.length === 0 ? (
          <p className="mt-4 text-slate-600">Nobody matches &ldquo;{q}&rdquo;.</p>
        ) : (
          <table className="mt-4 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th className="py-2 pr-4 font-medium">Person</th>
                <th className="py-2 pr-4 font-medium">Roles</th>
                <th className="py-2 font-medium">Last signed in</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/people/${person.id}`} className="font-medium text-indigo-700 hover:underline">
                      {person.email}
                    </Link>
                    {person.name && <span className="ml-2 text-slate-600">{person.name}</span>}
                  </td>
                  <td className="py-2 pr-4">{person.grantCount}</td>
                  <td className="py-2 text-slate-600">{person.lastSeenAt ? formatTime(person.lastSeenAt) : "Never"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
