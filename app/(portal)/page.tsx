import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { HtmlOnce } from "@/app/_components/html-once/html-once";
import { getDatabase } from "@/db/server";
import { requireReaderViaProxy } from "@/lib/auth/session";
import { listDepartments, listRecentlyChanged } from "@/lib/families/catalog";
import { departmentListHtml, recentListHtml } from "@/lib/families/html/catalog";

export const metadata = { title: "Job families" };

// Static, like the family page (see there): served from the page cache until a family changes.
export const dynamic = "error";

/** How many of the families changed last the home page lists. */
const RECENT = 6;

/**
 * The way in: one line per department (its families are on the department's page) and the
 * families changed last. A line per department, not per family, keeps this page small and fast
 * with a thousand families; the lists are HTML carried once (HtmlOnce), not a React tree.
 */
export default async function HomePage() {
  requireReaderViaProxy("family.read");
  // `next build` prerenders this page and must not need a database; its copy is never served,
  // since each server's page cache starts empty (lib/server/page-cache.mjs).
  const db = process.env.NEXT_PHASE === "phase-production-build" ? null : await getDatabase();
  const [departments, recent] = db ? await Promise.all([listDepartments(db), listRecentlyChanged(db, RECENT)]) : [[], []];
  const families = departments.reduce((sum, d) => sum + d.families, 0);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Job families</h1>
      <p className="mt-2 text-slate-600">
        {families} job {families === 1 ? "family" : "families"} in {departments.length}{" "}
        {departments.length === 1 ? "department" : "departments"} — every level, grade, responsibility and hiring step,
        with its full history. See them all on the <Link href="/grades">grade map</Link>.
      </p>
      {departments.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No job families yet">
            An admin can import handbook pages with <code>npm run ladder -- import</code>.
          </EmptyState>
        </div>
      ) : (
        <>
          <section className="mt-8" aria-labelledby="home-departments">
            <h2 id="home-departments" className="text-xl font-semibold">
              Departments
            </h2>
            <HtmlOnce html={departmentListHtml(departments)} src="/" part="departments" className="mt-3" />
          </section>
          <section className="mt-10" aria-labelledby="home-recent">
            <h2 id="home-recent" className="text-xl font-semibold">
              Changed lately
            </h2>
            <HtmlOnce html={recentListHtml(recent)} src="/" part="recent" className="mt-3" />
          </section>
        </>
      )}
    </>
  );
}
