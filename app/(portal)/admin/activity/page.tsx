import type { Metadata } from "next";
import Link from "next/link";
import { formatTime } from "@/app/_components/format-time";
import { getDatabase } from "@/db/server";
import { activityKinds, kindLabels } from "@/lib/activity/describe";
import { type ActivityQuery, listActivity, parseActivityQuery } from "@/lib/activity/query";
import { requirePermission } from "@/lib/auth/session";
import { InvalidError } from "@/lib/errors";
import { familyPagePath } from "@/lib/families/paths";
import { CHANGES_FEED_PATH } from "@/lib/feeds/paths";
import { SubscribeFeed } from "@/app/_components/history/subscribe-feed";
import { createFeedTokenAction } from "@/app/(portal)/tokens/actions";
import { AdminNav } from "../admin-nav";

export const metadata: Metadata = {
  title: "Activity",
  alternates: { types: { "application/atom+xml": [{ url: CHANGES_FEED_PATH, title: "Changes and events (Atom)" }] } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function withQuery(path: string, query: ActivityQuery, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, before: undefined })) if (value) params.set(key, String(value));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `${path}?${params}`;
}

/** Everything that happened in the portal, newest first: revisions, imports, restores, rights, tokens. */
export default async function ActivityPage({ searchParams }: Props) {
  await requirePermission("activity.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, single(v)]));
  let query: ActivityQuery = {};
  let error: string | null = null;
  try {
    query = parseActivityQuery(raw);
  } catch (e) {
    if (!(e instanceof InvalidError)) throw e;
    error = e.message;
  }
  const { entries, older } = await listActivity(await getDatabase(), query);

  return (
    <div>
      <AdminNav current="/admin/activity" />
      <h1 className="text-3xl font-bold tracking-tight">Activity</h1>
      <p className="mt-2 text-slate-600">Every revision and every change of rights or tokens, newest first. Times are UTC.</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter activity">
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">Person</span>
          <input name="person" defaultValue={query.person ?? ""} placeholder="name or email" className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">Family</span>
          <input name="family" defaultValue={query.family ?? ""} placeholder="department/family" className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">Kind</span>
          <select name="kind" defaultValue={query.kind ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">Everything</option>
            {activityKinds.map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">From</span>
          <input type="date" name="since" defaultValue={query.since ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-slate-700">To</span>
          <input type="date" name="until" defaultValue={query.until ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
          Filter
        </button>
        <a href={withQuery("/api/v1/activity", query, { format: "csv" })} className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50" download>
          Download CSV
        </a>
      </form>
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="mt-6 text-slate-600">Nothing matches these filters.</p>
      ) : (
        <ol className="mt-6 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm" data-testid="activity">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3 px-4 py-2" data-kind={e.kind}>
              <span className="w-44 shrink-0 text-slate-500">{formatTime(e.at)}</span>
              <span className="font-medium">{e.actor}</span>
              <span className="grow">{e.description}</span>
              {e.family && (
                <Link href={`${familyPagePath(...(e.family.split("/") as [string, string]))}/history`} className="text-indigo-700 hover:underline">
                  history
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
      {older !== null && (
        <Link href={withQuery("/admin/activity", query, { before: String(older) })} className="mt-3 inline-block text-sm text-indigo-700 hover:underline">
          Older →
        </Link>
      )}
      <SubscribeFeed
        feeds={[{ label: "Every change, with the events above (for your admin token)", path: CHANGES_FEED_PATH }]}
        create={createFeedTokenAction}
      />
    </div>
  );
}
