import { describe, expect, it } from "vitest";
import { renderAtom } from "../../../lib/feeds/atom";
import { parseAtom } from "../../support/atom";

const entry = (over: Partial<Parameters<typeof renderAtom>[0]["entries"][number]> = {}) => ({
  id: "tag:ladder,2026:revision:7",
  title: "revision 2 — Sharper requirements",
  author: "pat@example.com",
  at: new Date("2026-03-04T05:06:07Z"),
  summary: "Sharper requirements",
  path: "/job-families/product/pm/diff?from=1&to=2",
  lines: ["Director → Requirements: 1 changed"],
  ...over,
});
const feed = (entries: ReturnType<typeof entry>[]) =>
  renderAtom({ id: "tag:ladder,2026:feed:x", title: "Ladder: PM", description: "d", origin: "https://ladder.example.com", path: "/job-families/product/pm/history", entries });

describe("Atom", () => {
  it("is well-formed Atom with every revision's title, author, time, link and change sizes", () => {
    const parsed = parseAtom(feed([entry()]));
    expect(parsed.title).toBe("Ladder: PM");
    expect(parsed.updated).toBe("2026-03-04T05:06:07.000Z");
    expect(parsed.entries).toEqual([
      {
        id: "tag:ladder,2026:revision:7",
        title: "revision 2 — Sharper requirements",
        author: "pat@example.com",
        updated: "2026-03-04T05:06:07.000Z",
        link: "https://ladder.example.com/job-families/product/pm/diff?from=1&to=2",
        summary: "Sharper requirements",
        content: "<ul><li>Director → Requirements: 1 changed</li></ul>",
      },
    ]);
  });

  it("keeps people's text as text: markup, entities and CDATA ends in a summary stay what was written", () => {
    const hostile = `<script>alert(1)</script> & "quotes" ]]> <![CDATA[ x`;
    const parsed = parseAtom(feed([entry({ title: hostile, summary: hostile, author: `Ann <a@b> & co`, lines: [hostile] })]));
    const [only] = parsed.entries;
    // type="html": the reader decodes this HTML once and shows the text as typed, running nothing.
    expect(only.title).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt; &lt;![CDATA[ x");
    expect(only.summary).toBe(only.title);
    expect(only.content).toBe(`<ul><li>${only.title}</li></ul>`);
    expect(only.author).toBe("Ann <a@b> & co");
  });

  it("is a valid feed with no entries, dated at the epoch rather than now", () => {
    const parsed = parseAtom(feed([]));
    expect(parsed.entries).toEqual([]);
    expect(parsed.updated).toBe("1970-01-01T00:00:00.000Z");
  });
});
