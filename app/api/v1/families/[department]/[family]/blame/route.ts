import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { blameFamily } from "@/lib/revisions/blame-store";
import { parseRevisionParam } from "@/lib/revisions/compare";
import { presentBlame } from "../../../../history-present";

/** GET /api/v1/families/{department}/{family}/blame?revision=N — who last changed each field and item. */
export const GET = apiRoute<{ department: string; family: string }>(async ({ subject, db, params, request }) => {
  assertCan(subject, "history.read", params);
  const revision = parseRevisionParam(request.nextUrl.searchParams.get("revision") ?? undefined);
  const state = await blameFamily(db, params.department, params.family, revision);
  return presentBlame(params.department, params.family, state);
});
