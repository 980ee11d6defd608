import { can } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { movedTo } from "@/lib/editing/lifecycle";
import { NotFoundError } from "@/lib/errors";

/**
 * GET /api/v1/families/{department}/{family}/permissions — what the caller may do with the family,
 * read fresh from the database. Lets a page that is the same for everyone (a static family page)
 * show per-person controls such as "Edit" from a small client island.
 */
export const GET = apiRoute<{ department: string; family: string }>(async ({ subject, params, db }) => {
  // No family is here any more: apiRoute answers with its new address.
  if (await movedTo(db, { department: params.department, slug: params.family })) throw new NotFoundError("This job family has moved");
  const resource = { department: params.department, family: params.family };
  return {
    edit: can(subject, "family.edit", resource),
    restore: can(subject, "revision.restore", resource),
    create: can(subject, "family.create", { department: params.department }),
  };
});
