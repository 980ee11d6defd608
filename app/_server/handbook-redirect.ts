import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getDatabase } from "@/db/server";
import { resolveHandbookAddress } from "@/lib/families/addresses";
import { safeDecode } from "@/lib/families/links";
import { familyPagePath, levelPagePath } from "@/lib/families/paths";
import { followMovedFamily } from "./moved-family";

/**
 * An old handbook address (`/job-families/engineering/development/backend/senior/`) that is not a
 * portal page: sends the reader on to the family or level it names; an address below a renamed
 * or moved family (its level) to the same place at the new address; anything else to the
 * not-found page.
 */
export async function redirectHandbookAddress(segments: string[]): Promise<never> {
  const decoded = segments.map(safeDecode);
  const address = await resolveHandbookAddress(await getDatabase(), decoded);
  if (!address) {
    await followMovedFamily(decoded[0], decoded[1]);
    notFound();
  }
  permanentRedirect(
    address.level
      ? levelPagePath(address.department, address.slug, address.level)
      : familyPagePath(address.department, address.slug),
  );
}
