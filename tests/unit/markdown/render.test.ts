import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "../../../lib/markdown/render";

describe("renderMarkdown", () => {
  it("renders the handbook's markdown: links, emphasis, nested lists, tables", () => {
    const html = renderMarkdown(
      "A [grade 9.5](/handbook/grades) role, _note_.\n\n* one\n  * nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    );
    expect(html).toContain('<a href="/handbook/grades">grade 9.5</a>');
    expect(html).toContain("<em>note</em>");
    expect(html).toMatch(/<li>one\s*<ul>\s*<li>nested<\/li>/);
    expect(html).toContain("<td>2</td>");
  });

  it("removes scripts, event handlers, iframes and javascript: links from untrusted content", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        '<img src="x.png" onerror="alert(2)">',
        '<iframe src="https://evil.example"></iframe>',
        "[click](javascript:alert(3))",
        '<a href="#" style="position:fixed" onclick="alert(4)">x</a>',
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<iframe|javascript:|style=/i);
    expect(html).toContain('<img src="x.png">');
  });

  it("prefixes ids from content so they cannot take over the page's own anchors", () => {
    expect(renderMarkdown('<a id="levels" name="levels">x</a>')).toContain('id="content-levels"');
  });

  it("renders one line without a wrapping paragraph", () => {
    expect(renderInlineMarkdown("**Team** [x](/y)")).toBe('<strong>Team</strong> <a href="/y">x</a>');
  });
});
