import { apiRoute } from "@/lib/auth/api";
import { NotFoundError } from "@/lib/errors";

/** `/api` itself: the JSON 404 every unknown API path gets ([...path] needs at least one segment). */
const notFound = apiRoute(async () => {
  throw new NotFoundError("No API endpoint /api; the JSON API is under /api/v1");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
