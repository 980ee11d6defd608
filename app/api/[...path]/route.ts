import { apiRoute } from "@/lib/auth/api";
import { NotFoundError } from "@/lib/errors";

/** Any other /api/… path: JSON, not the HTML 404 page, and still 401 first without credentials. */
const notFound = apiRoute<{ path: string[] }>(async ({ params }) => {
  throw new NotFoundError(`No API endpoint /api/${params.path.join("/")}`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
