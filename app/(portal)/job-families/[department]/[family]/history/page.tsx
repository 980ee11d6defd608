import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeSize } from "@/app/_components/history/change-size";
import { FamilyTabs } from "@/app/_components/history/family-tabs";
import { SubscribeFeed } from "@/app/_components/history/subscribe-feed";
import { createFeedTokenAction } from "@/app/(portal)/tokens/actions";
import { formatTime } from "@/app/_components/format-time";
import { getDatabase } from "@/db/server";
import { can } from "@/lib/access/policy";
import { requirePermission } from "@/lib/auth/session";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { familyPagePath } from "@/lib/families/paths";
import { familyFeedPath } from "@/lib/feeds/paths";
import { type HistoryPage, type HistoryQuery, historyPage, parseHistoryQuery } from "@/lib/revisions/history";
import { followMovedFamily } from "@/app/_server/moved-family";

type Props = {
  params: Promise<{ department: string; family: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Feed readers and browsers discover the family's Atom feed here (it asks for a feed token: see Subscribe). */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { department, family } = await params;
  return {
    title: "History",
    alternates: { types: { "application/atom+xml": [{ url: familyFeedPath(department, family), title: "Changes (Atom)" }] } },
  };
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function pageLink(base: string, query: HistoryQuery, position: { before?: number; after?: number }) {
  const params = new URLSearchParams();
  if (query.author) params.set("author", query.author);
  if (query.since) params.set("since", query.since);
  if (query.until) params.set("until", query.until);
  if (position.before) params.set("before", String(position.before));
  if (position.after !== undefined) params.set("after", String(position.after));
  return `${base}/history?${params}`;
}

/** Every revision of a family, newest first, with who, when, why and how much changed. */
export default async function HistoryPageRoute({ params, searchParams }: Props) {
  const { department, family: slug } = await params;
  await followMovedFamily(department, slug);
  const subject = await requirePermission("history.read", { department, family: slug });
  const raw = await searchParams;
  const base = familyPagePath(department, slug);
  const db = await getDatabase();

  let query: HistoryQuery;
  let error: string | null = null;
  try {
    query = parseHistoryQuery(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, single(v)])));
  } catch (e) {
    if (!(e instanceof InvalidError)) throw e;
    error = e.message;
    query = parseHistoryQuery({});
  }
  let page: HistoryPage;
  try {
    page = await historyPage(db, department, slug, query);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const mayRestore = can(subject, "revision.restore", { department, family: slug });
  const filtered = Boolean(query.author || query.since || query.until);

  return (
    <div>
      <FamilyTabs department={department} slug={slug} title={page.title} current="history" />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter revisions">
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">Author</span>
          <select name="author" defaultValue={query.author ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">Anyone</option>
            {page.authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">From (UTC)</span>
          <input type="date" name="since" defaultValue={query.since ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">To (UTC)</span>
          <input type="date" name="until" defaultValue={query.until ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
          Filter
        </button>
        {filtered && (
          <Link href={`${base}/history`} className="py-1.5 text-indigo-700 hover:underline">
            Clear filters
          </Link>
        )}
      </form>
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      )}

      {page.entries.length === 0 ? (
        <p className="mt-6 text-slate-600">No revisions match these filters.</p>
      ) : (
        <form method="get" action={`${base}/diff`} className="mt-6">
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="history">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Compare</span>from / to
                  </th>
                  <th scope="col" className="px-3 py-2">Revision</th>
                  <th scope="col" className="px-3 py-2">Author</th>
                  <th scope="col" className="px-3 py-2">Saved</th>
                  <th scope="col" className="px-3 py-2">Summary</th>
                  <th scope="col" className="px-3 py-2">Changes</th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {page.entries.map((r, i) => (
                  <tr key={r.number} data-revision={r.number}>
                    <td className="whitespace-nowrap px-3 py-2">
                      <input type="radio" name="from" value={r.number} defaultChecked={i === 1} aria-label={`Compare from revision ${r.number}`} />{" "}
                      <input type="radio" name="to" value={r.number} defaultChecked={i === 0} aria-label={`Compare to revision ${r.number}`} />
                    </td>
                    <td className="px-3 py-2 font-medium">{r.number}</td>
                    <td className="px-3 py-2">{r.authorName}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatTime(r.createdAt)}</td>
                    <td className="px-3 py-2">{r.summary}</td>
                    <td className="px-3 py-2 text-slate-700">
                      <ChangeSize sizes={r.sizes} />
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">
                      {r.number > 1 && (
                        <Link href={`${base}/diff?from=${r.number - 1}&to=${r.number}`} className="text-indigo-700 hover:underline">
                          Changes
                        </Link>
                      )}{" "}
                      <Link href={`${base}/blame?revision=${r.number}`} className="ml-2 text-indigo-700 hover:underline">
                        Blame
                      </Link>
                      {mayRestore && r.number !== page.currentRevision && (
                        <Link href={`${base}/restore?revision=${r.number}`} className="ml-2 text-indigo-700 hover:underline">
                          Restore
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex items-center justify-between text-sm">
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50">
              Compare selected revisions
            </button>
            <nav aria-label="Pages" className="flex gap-4">
              {page.newer !== null && (
                <Link href={pageLink(base, query, { after: page.newer })} className="text-indigo-700 hover:underline">
                  ← Newer
                </Link>
              )}
              {page.older !== null && (
                <Link href={pageLink(base, query, { before: page.older })} className="text-indigo-700 hover:underline">
                  Older →
                </Link>
              )}
            </nav>
          </div>
        </form>
      )}
      <SubscribeFeed feeds={[{ label: `Changes to ${page.title}`, path: familyFeedPath(department, slug) }]} create={createFeedTokenAction} />
    </div>
  );
}
