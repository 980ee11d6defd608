import "server-only";
import { LadderDrawing } from "@/app/_components/family/ladder";
import { getDatabase } from "@/db/server";
import type { JobFamily } from "@/lib/families/document";
import { getFamilyRevision, listFamilies } from "@/lib/families/queries";
import { describeLadder, layoutLadder } from "@/lib/ladder/layout";

/**
 * The drawn ladder of a family (nothing for a family of one level), naming the other families it
 * leads to. Pass the document when the page has it; otherwise the newest revision is read. The
 * family page is static, so this runs once per change of content, not per reader.
 */
export async function familyLadder(department: string, slug: string, document?: JobFamily) {
  const db = await getDatabase();
  const family = document ?? (await getFamilyRevision(db, department, slug)).document;
  if (family.levels.length < 2) return null;
  const known = new Map((await listFamilies(db)).map((f) => [`${f.department}/${f.slug}`, f.title]));
  const ladder = layoutLadder(family, known);
  return <LadderDrawing ladder={ladder} relations={describeLadder(ladder)} />;
}
