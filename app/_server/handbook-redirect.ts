import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getDatabase } from "@/db/server";
import { resolveHandbookAddress } from "@/lib/families/addresses";
import { familyPagePath, levelPagePath } from "@/lib/families/paths";

/**
 * An old handbook address (`/job-families/engineering/development/backend/senior/`) that is not a
 * portal page: sends the reader on to the family or level it names, or to the not-found page.
 */
export async function redirectHandbookAddress(segments: string[]): Promise<never> {
  const address = await resolveHandbookAddress(await getDatabase(), segments.map(safeDecode));
  if (!address) notFound();
  permanentRedirect(
    address.level
      ? levelPagePath(address.department, address.slug, address.level)
      : familyPagePath(address.department, address.slug),
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
