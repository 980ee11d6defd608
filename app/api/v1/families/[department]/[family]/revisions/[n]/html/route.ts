import { assertCan } from "@/lib/access/policy";
import { apiRoute } from "@/lib/auth/api";
import { getRevisionHtml } from "@/lib/families/rendered";
import { handbookUrlFromEnv } from "@/lib/markdown/handbook-url";
import { revisionNumber } from "../../../../../../revision-number";

/**
 * GET /api/v1/families/{department}/{family}/revisions/{n}/html — the revision's document as the
 * family page shows it: sanitised HTML, without the page around it. The family page fetches it
 * when it is shown by client-side navigation (its React payload does not carry the content
 * twice: app/_components/html-once/).
 */
export const GET = apiRoute<{ department: string; family: string; n: string }>(async ({ subject, db, params }) => {
  assertCan(subject, "history.read", params);
  const html = await getRevisionHtml(db, params.department, params.family, revisionNumber(params), handbookUrlFromEnv());
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // A fragment, not a page: opened on its own it runs nothing and reaches nothing.
      "content-security-policy": "sandbox; default-src 'none'",
    },
  });
});
