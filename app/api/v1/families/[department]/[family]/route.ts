import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { getFamilyRevision } from "@/lib/families/queries";
import { presentFamilyRevision } from "../../../present";

/** GET /api/v1/families/{department}/{family} — the published document and its revision. */
export const GET = apiRoute<{ department: string; family: string }>(async ({ subject, db, params }) => {
  assertCan(subject, "family.read", params);
  const revision = await getFamilyRevision(db, params.department, params.family);
  return presentFamilyRevision(subject, params.department, params.family, revision);
});
