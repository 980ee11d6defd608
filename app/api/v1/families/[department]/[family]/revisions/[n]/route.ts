import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { NotFoundError } from "@/lib/errors";
import { getFamilyRevision } from "@/lib/families/queries";
import { presentFamilyRevision } from "../../../../../present";

/** GET /api/v1/families/{department}/{family}/revisions/{n} — one revision, whole. */
export const GET = apiRoute<{ department: string; family: string; n: string }>(async ({ subject, db, params }) => {
  assertCan(subject, "history.read", params);
  // Revision numbers are 1, 2, 3…: anything else names no revision.
  if (!/^[1-9]\d{0,8}$/.test(params.n)) throw new NotFoundError(`No revision ${params.n} of ${params.department}/${params.family}`);
  const revision = await getFamilyRevision(db, params.department, params.family, Number(params.n));
  return presentFamilyRevision(subject, params.department, params.family, revision);
});
