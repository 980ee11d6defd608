import "server-only";
import { headers } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { getDatabase } from "@/db/server";
import { PATH_HEADER } from "@/lib/auth/paths";
import { movedTo } from "@/lib/editing/lifecycle";
import { familyPagePath, rebasePath } from "@/lib/families/paths";

/**
 * A renamed or moved family keeps its old addresses: a page below
 * `/job-families/{department}/{family}` calls this first (before asking for rights, which follow
 * the family to its new address), and a request for the old address goes on, with 308, to the same
 * page and query at the new one (`rest`, for a page the proxy rewrote: what follows the family's
 * address as the reader wrote it). Only the static family page, which may not read the request,
 * does this itself when the family is not found. One lookup in the small family_redirects table.
 */
export async function followMovedFamily(department: string, slug: string, rest?: string): Promise<void> {
  const moved = await movedTo(await getDatabase(), { department, slug });
  if (!moved) return;
  const from = familyPagePath(department, slug);
  const to = familyPagePath(moved.department, moved.slug);
  if (rest !== undefined) permanentRedirect(to + rest);
  // The proxy passes the requested path and query on; without it, the family page itself.
  permanentRedirect(rebasePath((await headers()).get(PATH_HEADER) ?? "", from, to));
}
