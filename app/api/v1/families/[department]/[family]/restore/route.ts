import { z } from "zod";
import { familyChanged } from "@/app/_server/family-changed";
import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { InvalidError } from "@/lib/errors";
import { getFamilyRevision } from "@/lib/families/queries";
import { restoreRevision } from "@/lib/revisions/restore";
import { presentRevisionMeta } from "../../../../present";

const revisionNumber = z.number({ message: "must be a revision number" }).int("must be a whole number").positive("must be 1 or more");
const bodySchema = z.object({ revision: revisionNumber, baseRevision: revisionNumber }, { message: "must be a JSON object" });

/**
 * POST /api/v1/families/{department}/{family}/restore with `{"revision": N, "baseRevision": current}`:
 * writes a new revision equal to N (admins only; 409 when `baseRevision` is no longer current).
 */
export const POST = apiRoute<{ department: string; family: string }>(async ({ subject, db, params, request }) => {
  assertCan(subject, "revision.restore", params);
  const parsed = bodySchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join(".") || "body", message: i.message })));
  }
  const { department, family: slug } = params;
  const result = await restoreRevision(db, {
    department,
    slug,
    revision: parsed.data.revision,
    baseRevision: parsed.data.baseRevision,
    actor: { id: subject.id, name: subject.name ?? subject.email },
  });
  familyChanged({ department, slug });
  const written = await getFamilyRevision(db, department, slug, result.number);
  return { department, slug, restored: parsed.data.revision, revision: presentRevisionMeta(department, slug, written) };
});
