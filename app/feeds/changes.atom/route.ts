import { assertCan } from "@/lib/access/policy";
import { changesFeedEntries } from "@/lib/feeds/entries";
import { feedRoute } from "@/lib/feeds/route";

/**
 * GET /feeds/changes.atom?token=<feed token> — the newest revisions of every family; for an admin's
 * token also grants, revocations, tokens, people and archives (the activity log's other events).
 */
export const GET = feedRoute(async ({ subject, db }) => {
  assertCan(subject, "history.read");
  return {
    id: "tag:ladder,2026:feed:changes",
    title: "Ladder: changes",
    description: "Every change to the career ladder, newest first",
    path: "/",
    entries: await changesFeedEntries(db, subject),
  };
});
