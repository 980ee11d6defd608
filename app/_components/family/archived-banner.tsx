import { getDatabase } from "@/db/server";
import { archivedAt } from "@/lib/editing/lifecycle";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

/** An archived family is still readable by its address; the banner says it is no longer listed. */
export async function ArchivedBanner({ department, slug }: { department: string; slug: string }) {
  const since = await archivedAt(await getDatabase(), { department, slug });
  if (!since) return null;
  return (
    <p role="note" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="archived-banner">
      This job family was archived on {dateFormat.format(since)}. It is no longer listed; its history is kept and an editor of
      the department can restore it.
    </p>
  );
}
