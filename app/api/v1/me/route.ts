import { apiRoute } from "@/lib/auth/api";

/** GET /api/v1/me — who the session or token acts as, and the roles they hold right now. */
export const GET = apiRoute(async ({ subject }) => ({
  id: subject.id,
  email: subject.email,
  name: subject.name,
  grants: subject.grants.map((g) => ({ role: g.role, department: g.department, family: g.family, source: g.source })),
}));
