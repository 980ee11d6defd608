import { Feed } from "feed";

/** One entry of a feed: plain text throughout (escaped here, never taken as markup). */
export type FeedEntry = {
  /** Stable for ever (a tag URI), so a reader never shows an entry twice. */
  id: string;
  title: string;
  author: string;
  at: Date;
  summary: string;
  /** A path on the portal, made absolute with the feed's origin. */
  path: string;
  /** Lines shown as the entry's content, e.g. the change sizes. */
  lines: string[];
};

export type FeedInput = { id: string; title: string; description: string; origin: string; path: string; entries: FeedEntry[] };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * Atom 1.0 through `feed` (jpmonette/feed), which writes the XML and its escaping. It declares
 * titles, summaries and content as `type="html"`, so people's text is escaped to HTML first: a
 * summary reading "<b>" shows as written, and nothing in it becomes markup in a reader.
 */
export function renderAtom(input: FeedInput): string {
  const feed = new Feed({
    id: input.id,
    title: input.title,
    description: input.description,
    link: new URL(input.path, input.origin).href,
    // The newest entry's time; a feed with none is as old as the epoch rather than "now", so a
    // reader polling an unchanged empty feed sees nothing new.
    updated: input.entries[0]?.at ?? new Date(0),
    generator: "Ladder",
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: new URL(entry.path, input.origin).href,
      date: entry.at,
      published: entry.at,
      author: [{ name: entry.author }],
      description: escapeHtml(entry.summary),
      content: entry.lines.length ? `<ul>${entry.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : undefined,
    });
  }
  return feed.atom1();
}
