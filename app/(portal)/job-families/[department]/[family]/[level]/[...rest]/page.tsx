import { redirectHandbookAddress } from "@/app/_server/handbook-redirect";
import { requireUserPermission } from "@/lib/auth/session";

type Params = { params: Promise<{ department: string; family: string; level: string; rest: string[] }> };

/** Deeper handbook addresses (`/job-families/engineering/development/backend/senior/`): redirects. */
export default async function NestedHandbookAddress({ params }: Params) {
  const { department, family, level, rest } = await params;
  await requireUserPermission("family.read", { department });
  return redirectHandbookAddress([department, family, level, ...rest]);
}
