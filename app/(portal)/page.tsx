import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { FamilyFacts } from "@/app/_components/family/family-facts";
import { getDatabase } from "@/db/server";
import { requireReaderViaProxy } from "@/lib/auth/session";
import { groupByDepartment, listFamilyCards } from "@/lib/families/catalog";
import { departmentPagePath, familyPagePath } from "@/lib/families/paths";

export const metadata = { title: "Job families" };

// Static, like the family page (see there): served from the page cache until a family changes.
export const dynamic = "error";

export default async function HomePage() {
  requireReaderViaProxy("family.read");
  // `next build` prerenders this page and must not need a database; its copy is never served,
  // since each server's page cache starts empty (lib/server/page-cache.mjs).
  const families = process.env.NEXT_PHASE === "phase-production-build" ? [] : await listFamilyCards(await getDatabase());
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Job families</h1>
      <p className="mt-2 text-slate-600">
        {families.length} job {families.length === 1 ? "family" : "families"} — every level, grade, responsibility
        and hiring step, with its full history. See them all on the <Link href="/grades">grade map</Link>.
      </p>
      {families.length === 0 && (
        <div className="mt-8">
          <EmptyState title="No job families yet">
            An admin can import handbook pages with <code>npm run ladder -- import</code>.
          </EmptyState>
        </div>
      )}
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        {groupByDepartment(families).map((department) => (
          <section key={department.slug} id={department.slug} className="card" aria-labelledby={`d-${department.slug}`}>
            <h2 id={`d-${department.slug}`} className="text-lg font-semibold">
              <Link href={departmentPagePath(department.slug)}>{department.name}</Link>
            </h2>
            <ul className="mt-3 space-y-3">
              {department.families.map((family) => (
                <li key={family.slug}>
                  <Link href={familyPagePath(family.department, family.slug)} className="font-medium">
                    {family.title}
                  </Link>
                  <FamilyFacts family={family} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
