import { assertCan } from "@/lib/access/policy";
import { NotFoundError } from "@/lib/errors";
import { familyPagePath } from "@/lib/families/paths";
import { familyFeedEntries } from "@/lib/feeds/entries";
import { slugOfFeedFile } from "@/lib/feeds/paths";
import { feedRoute } from "@/lib/feeds/route";

/** GET /feeds/families/{department}/{family}.atom?token=<feed token> — a family's newest revisions. */
export const GET = feedRoute<{ department: string; family: string }>(async ({ subject, db, params }) => {
  const slug = slugOfFeedFile(params.family);
  if (!slug) throw new NotFoundError("A family's feed is /feeds/families/{department}/{family}.atom");
  assertCan(subject, "history.read", { department: params.department, family: slug });
  const { title, entries } = await familyFeedEntries(db, params.department, slug);
  return {
    id: `tag:ladder,2026:feed:family:${params.department}/${slug}`,
    title: `Ladder: ${title}`,
    description: `Every revision of ${title}, newest first`,
    path: `${familyPagePath(params.department, slug)}/history`,
    entries,
  };
});
