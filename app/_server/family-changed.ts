import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Call after every successful write to a family (save, restore, rename, archive), from the server
 * action or route that made it, before answering: the one place that tells the read path its
 * cached pages are out of date.
 *
 * How it reaches every instance: this process drops its cached reading pages at once (the
 * `/` layout tag covers every page under it, so level, department and history pages too, and
 * pages that show this family's title elsewhere). The other instances learn of it from
 * PostgreSQL: the commit moves the content version, whoever wrote (the CLI importer too), and each
 * instance reads that version before it answers from memory (lib/server/content-check.mjs).
 */
export function familyChanged(family: { department: string; slug: string }): void {
  void family; // Every cached page is dropped, not only this family's: see lib/server/page-cache.mjs.
  revalidatePath("/", "layout");
}
