import { assertCan } from "@/lib/access/policy";
import { EXPORT_LIMIT, listActivity, parseActivityQuery } from "@/lib/activity/query";
import { toCsv } from "@/lib/activity/csv";
import { apiRoute } from "@/lib/auth/api";

/**
 * GET /api/v1/activity?person=&family=&kind=&since=&until=&before= — the portal-wide activity
 * log, newest first (admins). `format=csv` downloads every matching event as a spreadsheet.
 */
export const GET = apiRoute(async ({ subject, db, request }) => {
  assertCan(subject, "activity.read");
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { format, ...filters } = params;
  const query = parseActivityQuery(filters);
  if (format === "csv") {
    const { entries } = await listActivity(db, query, EXPORT_LIMIT);
    const csv = toCsv(
      ["time (UTC)", "person", "kind", "what happened", "family", "about person", "summary"],
      entries.map((e) => [e.at.toISOString(), e.actor, e.kind, e.description, e.family, e.person, e.summary]),
    );
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ladder-activity-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  const { entries, older } = await listActivity(db, query);
  return {
    events: entries.map((e) => ({ ...e, at: e.at.toISOString() })),
    next: older === null ? null : `/api/v1/activity?${new URLSearchParams({ ...filters, before: String(older) })}`,
  };
});
