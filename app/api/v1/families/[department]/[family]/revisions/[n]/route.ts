import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { getFamilyRevision } from "@/lib/families/queries";
import { presentFamilyRevision } from "../../../../../present";
import { revisionNumber } from "../../../../../revision-number";

/** GET /api/v1/families/{department}/{family}/revisions/{n} — one revision, whole. */
export const GET = apiRoute<{ department: string; family: string; n: string }>(async ({ subject, db, params }) => {
  assertCan(subject, "history.read", params);
  const revision = await getFamilyRevision(db, params.department, params.family, revisionNumber(params));
  return presentFamilyRevision(subject, params.department, params.family, revision);
});
