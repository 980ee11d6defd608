import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { InvalidError } from "@/lib/errors";
import { searchParamsSchema } from "@/lib/search/query";
import { search } from "@/lib/search/search";

/**
 * GET /api/v1/search?q=…&department=… — `{"results": [{department, family, level, title, snippet,
 * url, rank}]}`, best first. `snippet` is HTML-escaped text with the matches in <mark>.
 */
export const GET = apiRoute(async ({ request, subject, db }) => {
  const parsed = searchParamsSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(query)", message: i.message })));
  }
  assertCan(subject, "family.read", { department: parsed.data.department });
  return { results: await search(db, parsed.data) };
});
