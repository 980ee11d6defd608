import { z } from "zod";
import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { saveEdit } from "@/lib/editing/save-edit";
import { getFamilyRevision } from "@/lib/families/queries";
import { getPublishedFamily } from "@/lib/families/published";
import { familyChanged } from "@/app/_server/family-changed";
import { familyJsonResponse, presentRevisionMeta } from "../../../present";
import { readJsonBody } from "../../../read-body";

/** GET /api/v1/families/{department}/{family} — the published document and its revision. */
export const GET = apiRoute<{ department: string; family: string }>(async ({ subject, db, params }) => {
  assertCan(subject, "family.read", params);
  return familyJsonResponse(subject, params.department, params.family, await getPublishedFamily(db, params.department, params.family));
});

const putSchema = z.object({
  baseRevision: z.number().int().positive(),
  summary: z.string().max(10_000),
  document: z.unknown(),
});

/**
 * PUT /api/v1/families/{department}/{family} — a new revision, through the same save as the
 * edit form: 200 with the revision, 409 with the conflicting fields when someone saved meanwhile
 * and changed the same things, 422 with each problem's field path, 403 without editor rights.
 */
export const PUT = apiRoute<{ department: string; family: string }>(async ({ request, subject, db, params }) => {
  assertCan(subject, "family.edit", params);
  const body = await readJsonBody(request, putSchema);
  const result = await saveEdit(db, {
    department: params.department,
    slug: params.family,
    baseRevision: body.baseRevision,
    summary: body.summary,
    document: body.document,
    author: { id: subject.id, name: subject.name ?? subject.email },
  });
  if (result.outcome === "saved") familyChanged({ department: params.department, slug: params.family });
  const revision = await getFamilyRevision(db, params.department, params.family, result.number);
  return {
    status: result.outcome,
    mergedWith: result.mergedWith,
    warnings: result.warnings,
    revision: presentRevisionMeta(params.department, params.family, revision),
  };
});
