import Link from "next/link";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { type FamilySummary, listFamilies } from "@/lib/families/queries";

export const metadata = { title: "Job families" };

function byDepartment(families: FamilySummary[]) {
  const groups = new Map<string, { name: string; families: FamilySummary[] }>();
  for (const family of families) {
    const group = groups.get(family.department) ?? { name: family.departmentName, families: [] };
    group.families.push(family);
    groups.set(family.department, group);
  }
  return [...groups.entries()];
}

export default async function HomePage() {
  await requireUserPermission("family.read");
  const families = await listFamilies(await getDatabase());
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Job families</h1>
      <p className="mt-2 text-slate-600">
        {families.length} job {families.length === 1 ? "family" : "families"} — every level, grade, responsibility
        and hiring step, with its full history.
      </p>
      {families.length === 0 && (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">
          No job families yet. An admin can import handbook pages with <code>npm run ladder -- import</code>.
        </p>
      )}
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        {byDepartment(families).map(([slug, group]) => (
          <section key={slug} id={slug} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold text-slate-900">{group.name}</h2>
            <ul className="mt-3 space-y-2">
              {group.families.map((family) => (
                <li key={family.slug}>
                  <Link
                    href={`/job-families/${family.department}/${family.slug}`}
                    className="font-medium text-indigo-700 hover:underline"
                  >
                    {family.title}
                  </Link>
                  <span className="ml-2 text-xs text-slate-500">revision {family.currentRevision}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
