import { z } from "zod";
import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { createFamily } from "@/lib/editing/create";
import { slugSchema } from "@/lib/families/document";
import { getFamilyRevision, listFamilies } from "@/lib/families/queries";
import { familyChanged } from "@/app/_server/family-changed";
import { familyUrl, presentFamilyList, presentRevisionMeta } from "../present";
import { readJsonBody } from "../read-body";

/** GET /api/v1/families — every department with its families and their current revision numbers. */
export const GET = apiRoute(async ({ subject, db }) => {
  assertCan(subject, "family.read");
  return presentFamilyList(await listFamilies(db));
});

const postSchema = z.object({
  department: slugSchema,
  slug: slugSchema,
  summary: z.string().max(10_000),
  document: z.unknown(),
});

/** POST /api/v1/families — a new family: 201 with its first revision; 409 when it exists. */
export const POST = apiRoute(async ({ request, subject, db }) => {
  const body = await readJsonBody(request, postSchema);
  assertCan(subject, "family.create", { department: body.department });
  const result = await createFamily(db, { ...body, author: { id: subject.id, name: subject.name ?? subject.email } });
  familyChanged({ department: body.department, slug: body.slug });
  const revision = await getFamilyRevision(db, body.department, body.slug, result.number);
  return Response.json(
    { department: body.department, slug: body.slug, url: familyUrl(body.department, body.slug), warnings: result.warnings, revision: presentRevisionMeta(body.department, body.slug, revision) },
    { status: 201, headers: { "cache-control": "no-store", location: familyUrl(body.department, body.slug) } },
  );
});
