import "server-only";
import { revalidatePath } from "next/cache";
import { familyPagePath } from "@/lib/families/paths";

/**
 * Call after every successful write to a family (save, restore, rename, archive), from the server
 * action or route that made it: the one place that tells the read path its cached pages are out
 * of date. Pages below the family (levels, history) are revalidated with it.
 */
export function familyChanged(family: { department: string; slug: string }): void {
  revalidatePath(familyPagePath(family.department, family.slug), "layout");
  revalidatePath("/", "layout");
}
