import type { Metadata } from "next";
import Link from "next/link";
import { ChangeList } from "@/app/_components/history/change-list";
import { FamilyTabs } from "@/app/_components/history/family-tabs";
import { PageProblem, loadOrExplain } from "@/app/_components/history/page-problem";
import { RawDiffView } from "@/app/_components/history/raw-diff-view";
import { RevisionCard } from "@/app/_components/history/revision-card";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { familyPagePath } from "@/lib/families/paths";
import { compareRevisions, parseComparisonQuery } from "@/lib/revisions/compare";
import { describeCounts } from "@/lib/revisions/diff";
import { rawMarkdownDiff } from "@/lib/revisions/raw-diff";
import { followMovedFamily } from "@/app/_server/moved-family";

export const metadata: Metadata = { title: "Compare revisions" };

type Props = {
  params: Promise<{ department: string; family: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const views = [
  { view: "side", label: "Side by side" },
  { view: "inline", label: "Inline" },
  { view: "raw", label: "Markdown" },
] as const;
type View = (typeof views)[number]["view"];

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Any two revisions of a family compared; the URL (`?from=A&to=B&view=…`) is a permalink. */
export default async function DiffPage({ params, searchParams }: Props) {
  const { department, family: slug } = await params;
  await followMovedFamily(department, slug);
  await requireUserPermission("history.read", { department, family: slug });
  const raw = await searchParams;
  const base = familyPagePath(department, slug);
  const view: View = views.some((v) => v.view === single(raw.view)) ? (single(raw.view) as View) : "side";

  const loaded = await loadOrExplain(async () =>
    compareRevisions(await getDatabase(), department, slug, parseComparisonQuery({ from: single(raw.from), to: single(raw.to) })),
  );
  if (!loaded.ok) return <PageProblem title="Compare revisions" message={loaded.message} href={`${base}/history`} linkText="Back to the history" />;
  const comparison = loaded.value;
  const { from, to, diff } = comparison;
  const link = (v: View) => `${base}/diff?from=${from.number}&to=${to.number}&view=${v}`;

  return (
    <div>
      <FamilyTabs department={department} slug={slug} title={to.document.title} current="diff" />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 text-sm" aria-label="Choose revisions">
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">From revision</span>
          <input type="number" name="from" min={1} defaultValue={from.number} className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">To revision</span>
          <input type="number" name="to" min={1} defaultValue={to.number} className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <input type="hidden" name="view" value={view} />
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
          Compare
        </button>
      </form>
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <RevisionCard label="From" revision={from} />
        <RevisionCard label="To" revision={to} />
      </div>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="diff-counts">
          {describeCounts(diff.counts)} in {diff.groups.length} {diff.groups.length === 1 ? "place" : "places"}
        </p>
        <nav aria-label="Diff views" className="flex gap-1 text-sm">
          {views.map((v) => (
            <Link
              key={v.view}
              href={link(v.view)}
              aria-current={v.view === view ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 ${v.view === view ? "bg-slate-800 text-white" : "border border-slate-300 hover:bg-slate-50"}`}
            >
              {v.label}
            </Link>
          ))}
        </nav>
      </div>
      {view === "raw" ? <RawDiffView lines={rawMarkdownDiff(from.document, to.document)} /> : <ChangeList diff={diff} view={view} />}
    </div>
  );
}
