import Link from "next/link";
import { DepartmentSelect } from "@/app/_components/department-select";
import { EmptyState } from "@/app/_components/empty-state";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { groupByDepartment, listFamilyCards } from "@/lib/families/catalog";
import { gradeMap } from "@/lib/families/grade-map";
import { levelPagePath } from "@/lib/families/paths";

export const metadata = { title: "Grade map" };

type Props = { searchParams: Promise<{ department?: string | string[] }> };

/** `/grades`: every level of every family by grade, one column per department; a GET form filters. */
export default async function GradesPage({ searchParams }: Props) {
  await requireUserPermission("family.read");
  const requested = (await searchParams).department;
  const department = typeof requested === "string" && requested !== "" ? requested : undefined;
  const cards = await listFamilyCards(await getDatabase());
  const departments = groupByDepartment(cards);
  const shown = department ? cards.filter((c) => c.department === department) : cards;
  const map = gradeMap(shown);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Grade map</h1>
      <p className="mt-2 text-slate-600">Every level of every job family, placed by its job grade.</p>
      <form method="get" className="no-print mt-4 flex flex-wrap items-end gap-2 text-sm">
        <DepartmentSelect departments={departments} value={department} />
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white">
          Show
        </button>
      </form>
      {map.rows.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={department ? "No levels in this department" : "No levels yet"}>
            {department && <Link href="/grades">Show all departments</Link>}
          </EmptyState>
        </div>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Grade map">
          <table className="grade-map w-full text-sm">
            <thead>
              <tr>
                <th scope="col">Grade</th>
                {map.departments.map((d) => (
                  <th scope="col" key={d.slug}>
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.rows.map((row) => (
                <tr key={row.grade ?? "none"}>
                  <th scope="row">{row.grade ?? "No grade"}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>
                      <ul>
                        {cell.map((level) => (
                          <li key={`${level.slug}/${level.id}`}>
                            <Link href={levelPagePath(level.department, level.slug, level.id)}>{level.title}</Link>
                            <span className="block text-xs text-slate-600">{level.familyTitle}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
