import { redirect } from "next/navigation";
import { redirectHandbookAddress } from "@/app/_server/handbook-redirect";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { resolveHandbookAddress } from "@/lib/families/addresses";
import { familyPagePath } from "@/lib/families/paths";

type Params = { params: Promise<{ department: string; family: string; level: string }> };

/**
 * `/job-families/{department}/{family}/{level}`: a level of a family, or else an old handbook
 * address of a nested family (`/job-families/engineering/infrastructure/site-reliability-engineer`).
 */
export default async function LevelAddress({ params }: Params) {
  const { department, family, level } = await params;
  await requireUserPermission("family.read", { department, family });
  const address = await resolveHandbookAddress(await getDatabase(), [department, family, level]);
  // A level of this very family: shown at its anchor on the family page.
  if (address?.slug === family && address.level) redirect(`${familyPagePath(department, family)}#${address.level}`);
  return redirectHandbookAddress([department, family, level]);
}
