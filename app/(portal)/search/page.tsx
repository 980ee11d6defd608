import { DepartmentSelect } from "@/app/_components/department-select";
import { EmptyState } from "@/app/_components/empty-state";
import { SearchResults } from "@/app/_components/search-results";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { groupByDepartment, listFamilyCards } from "@/lib/families/catalog";
import { searchParamsSchema } from "@/lib/search/query";
import { search } from "@/lib/search/search";

export const metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/search?q=…&department=…`: full-text search over every family's newest revision. */
export default async function SearchPage({ searchParams }: Props) {
  await requireUserPermission("family.read");
  const raw = await searchParams;
  const parsed = searchParamsSchema.safeParse({ q: raw.q, department: raw.department });
  const { q, department } = parsed.success ? parsed.data : { q: "", department: undefined };
  const db = await getDatabase();
  const [cards, results] = await Promise.all([listFamilyCards(db), search(db, { q, department })]);
  const familyTitles = new Map(cards.map((c) => [`${c.department}/${c.slug}`, c.title]));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form method="get" action="/search" className="no-print mt-4 flex flex-wrap items-end gap-2 text-sm" role="search" aria-label="Search job families">
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          Words to find
          <input name="q" type="search" defaultValue={q} className="rounded-md border border-slate-300 bg-white px-3 py-1.5" />
        </label>
        <DepartmentSelect departments={groupByDepartment(cards)} value={department} />
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white">
          Search
        </button>
      </form>
      <div className="mt-6">
        {!parsed.success ? (
          <EmptyState title="That search could not be read">{parsed.error.issues[0]?.message}</EmptyState>
        ) : q === "" ? (
          <EmptyState title="Type a few words to search">Titles, levels, responsibilities, requirements and hiring steps are all searched. Press / anywhere to start.</EmptyState>
        ) : results.length === 0 ? (
          <EmptyState title={`Nothing matches “${q}”`}>Try fewer or other words{department ? ", or all departments" : ""}.</EmptyState>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-600" role="status">
              {results.length} {results.length === 1 ? "result" : "results"} for “{q}”
            </p>
            <SearchResults results={results} familyTitles={familyTitles} />
          </>
        )}
      </div>
    </>
  );
}
