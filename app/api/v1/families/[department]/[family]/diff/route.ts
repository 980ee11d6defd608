import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { compareRevisions, parseComparisonQuery } from "@/lib/revisions/compare";
import { presentComparison } from "../../../../history-present";

/** GET /api/v1/families/{department}/{family}/diff?from=A&to=B — the structured changes from A to B. */
export const GET = apiRoute<{ department: string; family: string }>(async ({ subject, db, params, request }) => {
  assertCan(subject, "history.read", params);
  const query = request.nextUrl.searchParams;
  const comparison = await compareRevisions(db, params.department, params.family, parseComparisonQuery({ from: query.get("from"), to: query.get("to") }));
  return presentComparison(params.department, params.family, comparison);
});
