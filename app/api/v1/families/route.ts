import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { listFamilies } from "@/lib/families/queries";
import { presentFamilyList } from "../present";

/** GET /api/v1/families — every department with its families and their current revision numbers. */
export const GET = apiRoute(async ({ subject, db }) => {
  assertCan(subject, "family.read");
  return presentFamilyList(await listFamilies(db));
});
