import type { Metadata } from "next";
import Link from "next/link";
import { FamilyTabs } from "@/app/_components/history/family-tabs";
import { PageProblem, loadOrExplain } from "@/app/_components/history/page-problem";
import { formatTime } from "@/app/_components/format-time";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { familyPagePath, revisionChangesPath } from "@/lib/families/paths";
import type { Attribution, BlameState, BlamedNode } from "@/lib/revisions/blame";
import { blameFamily } from "@/lib/revisions/blame-store";
import { parseRevisionParam } from "@/lib/revisions/compare";
import { followMovedFamily } from "@/app/_server/moved-family";

export const metadata: Metadata = { title: "Blame" };

type Props = {
  params: Promise<{ department: string; family: string }>;
  searchParams: Promise<{ revision?: string | string[] }>;
};

type FamilyKey = { department: string; slug: string };

function By({ by, family }: { by: Attribution; family: FamilyKey }) {
  return (
    <Link
      href={revisionChangesPath(family.department, family.slug, by.revision)}
      className="block whitespace-nowrap text-xs text-slate-500 hover:text-indigo-700"
      title={formatTime(by.at)}
      data-testid="blame-by"
    >
      r{by.revision} · {by.author} · {formatTime(by.at)}
    </Link>
  );
}

function Row({ text, by, family, depth = 0, label }: { text: string; by: Attribution; family: FamilyKey; depth?: number; label?: string }) {
  return (
    <tr className="align-top" data-testid="blame-row">
      <td className="w-64 border-r border-slate-100 px-3 py-1.5">
        <By by={by} family={family} />
      </td>
      <td className="whitespace-pre-wrap break-words px-3 py-1.5 text-sm" style={{ paddingLeft: `${0.75 + depth * 1.25}rem` }}>
        {label && <span className="mr-2 font-medium text-slate-600">{label}:</span>}
        {text}
      </td>
    </tr>
  );
}

/** Places in reading order, each with its fields and list entries. */
function groupByPlace(state: BlameState): [string, BlamedNode[]][] {
  const groups = new Map<string, BlamedNode[]>();
  for (const node of state.nodes.values()) {
    if (node.type === "text" ? node.text === "" : node.entries.length === 0) continue;
    groups.set(node.place, [...(groups.get(node.place) ?? []), node]);
  }
  return [...groups];
}

/** Every field and list entry of a family with the revision, author and date that last changed it. */
export default async function BlamePage({ params, searchParams }: Props) {
  const { department, family: slug } = await params;
  await followMovedFamily(department, slug);
  await requireUserPermission("history.read", { department, family: slug });
  const requested = (await searchParams).revision;
  const base = familyPagePath(department, slug);
  const family = { department, slug };

  const loaded = await loadOrExplain(async () => blameFamily(await getDatabase(), department, slug, parseRevisionParam(requested)));
  if (!loaded.ok) return <PageProblem title="Blame" message={loaded.message} href={`${base}/blame`} linkText="Blame the newest revision" />;
  const state = loaded.value;
  const title = state.nodes.get(".title");
  return (
    <div>
      <FamilyTabs department={department} slug={slug} title={title?.type === "text" ? title.text : slug} current="blame" />
      <form method="get" className="mt-6 flex items-end gap-3 text-sm" aria-label="Choose a revision">
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">As of revision</span>
          <input type="number" name="revision" min={1} defaultValue={state.revision} className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
          Show
        </button>
      </form>
      <div className="mt-6 space-y-6">
        {groupByPlace(state).map(([place, nodes]) => (
          <section key={place} aria-label={place} className="overflow-hidden rounded-xl border border-slate-200 bg-white">
            <h2 className="border-b border-slate-100 bg-slate-50 px-3 py-2 font-semibold">{place}</h2>
            <table className="w-full">
              <tbody className="divide-y divide-slate-50">
                {nodes.flatMap((node) =>
                  node.type === "text"
                    ? [<Row key={node.key} text={node.text} by={node.by} family={family} label={node.place === node.name ? undefined : node.name} />]
                    : node.entries.map((e, i) => <Row key={`${node.key}:${i}`} text={e.text} by={e.by} family={family} depth={e.depth} />),
                )}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </div>
  );
}
