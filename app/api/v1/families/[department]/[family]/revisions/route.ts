import { z } from "zod";
import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { InvalidError } from "@/lib/errors";
import { listRevisions } from "@/lib/families/queries";
import { familyUrl, presentRevisionMeta } from "../../../../present";

const pageSchema = z.object({
  limit: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(20),
  offset: z.coerce.number().int("must be a whole number").min(0, "must not be negative").default(0),
});

/** GET /api/v1/families/{department}/{family}/revisions?limit=20&offset=0 — newest first. */
export const GET = apiRoute<{ department: string; family: string }>(async ({ subject, db, params, request }) => {
  assertCan(subject, "history.read", params);
  const query = request.nextUrl.searchParams;
  const parsed = pageSchema.safeParse({ limit: query.get("limit") ?? undefined, offset: query.get("offset") ?? undefined });
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  const { limit, offset } = parsed.data;
  const { total, revisions } = await listRevisions(db, params.department, params.family, { limit, offset });
  const base = `${familyUrl(params.department, params.family)}/revisions`;
  return {
    department: params.department,
    slug: params.family,
    total,
    limit,
    offset,
    revisions: revisions.map((r) => presentRevisionMeta(params.department, params.family, r)),
    next: offset + limit < total ? `${base}?limit=${limit}&offset=${offset + limit}` : null,
  };
});
