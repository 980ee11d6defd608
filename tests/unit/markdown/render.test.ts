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

/** Renders and says how long it took; on today's main these inputs overflowed the stack after seconds of CPU. */
function timed(markdown: string) {
  const started = performance.now();
  const html = renderMarkdown(markdown);
  return { html, ms: performance.now() - started };
}

describe("renderMarkdown on content that would take a page down", () => {
  it.each([
    ["5,000 `*`, then x, then 5,000 `*`", `${"*".repeat(5000)}x${"*".repeat(5000)}`],
    ["5,000 nested `>`", `${">".repeat(5000)} x`],
    ["5,000 nested `> `", `${"> ".repeat(5000)}x`],
    ["5,000 list markers on one line", `${"- ".repeat(5000)}x`],
    ["5,000 nested `<div>`", `${"<div>".repeat(5000)}x`],
    ["3,000 nested images", `${"![a ".repeat(3000)}x${"](u)".repeat(3000)}`],
    ["emphasis nested 2,500 deep", `${"*a ".repeat(2500)}x${" a*".repeat(2500)}`],
  ])("shows %s as escaped text, quickly", (_what, markdown) => {
    const { html, ms } = timed(markdown);
    expect(html.startsWith("<p>")).toBe(true);
    expect(html).not.toMatch(/<(?!p>|\/p>|br>)/); // no markup but the paragraph and line breaks
    expect(ms).toBeLessThan(1000);
  });

  it("still renders content at the edge of the limits as markdown", () => {
    const nested = Array.from({ length: 16 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    expect(renderMarkdown(nested).match(/<ul>/g)).toHaveLength(16);
    expect(renderMarkdown(`${"**bold** ".repeat(100)}`).match(/<strong>/g)).toHaveLength(100);
  });

  it("escapes everything in the fallback, so nothing hostile gets through it", () => {
    const html = renderMarkdown(`${">".repeat(100)} <script>alert(1)</script> <img src=x onerror=alert(2)>`);
    expect(html).toContain("&#60;script&#62;");
    expect(html).not.toMatch(/<script|<img/);
  });
});
