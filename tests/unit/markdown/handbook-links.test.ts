import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "../../../lib/markdown/render";
import { handbookUrlFromEnv } from "../../../lib/markdown/handbook-url";

const senior = { department: "engineering", slug: "development--backend--senior" };
const links = (handbookUrl: string | null, sourcePath: string | null = null) => ({ family: senior, sourcePath, handbookUrl });

describe("handbook links in a family's markdown", () => {
  it.each([
    ["[Backend](/job-families/engineering/backend-engineer/#senior)", '<a href="/job-families/engineering/backend-engineer#senior">Backend</a>'],
    ["[Frontend](../../frontend/senior/)", '<a href="/job-families/engineering/development--frontend--senior">Frontend</a>'],
    ["[Staff here](/job-families/engineering/development/backend/senior/#staff)", '<a href="#staff">Staff here</a>'],
    ["[All engineering](/job-families/engineering/)", '<a href="/job-families/engineering">All engineering</a>'],
    ["[Staff](#staff)", '<a href="#staff">Staff</a>'],
    ["[Elsewhere](https://example.com/job-families/x/)", '<a href="https://example.com/job-families/x/">Elsewhere</a>'],
  ])("%s → %s", (markdown, html) => {
    expect(renderInlineMarkdown(markdown, links(null))).toBe(html);
  });

  it("on a level's own page, sends anchors that page lacks to the family page, and keeps its own", () => {
    const onLevelPage = { ...links(null), pageAnchors: new Set(["staff", "staff---requirements"]) };
    const family = "/job-families/engineering/development--backend--senior";
    expect(renderInlineMarkdown("[Its requirements](#staff---requirements)", onLevelPage)).toBe('<a href="#staff---requirements">Its requirements</a>');
    expect(renderInlineMarkdown("[Principal](#principal)", onLevelPage)).toBe(`<a href="${family}#principal">Principal</a>`);
    expect(renderInlineMarkdown("[Principal](/job-families/engineering/development/backend/senior/#principal)", onLevelPage)).toBe(
      `<a href="${family}#principal">Principal</a>`,
    );
    expect(renderInlineMarkdown("[Staff](/job-families/engineering/development/backend/senior/#staff)", onLevelPage)).toBe('<a href="#staff">Staff</a>');
  });

  it("sends other handbook pages to the configured handbook, as external links", () => {
    expect(renderInlineMarkdown("[Hiring](/handbook/hiring/#screening-call)", links("https://handbook.example.com"))).toBe(
      '<a href="https://handbook.example.com/handbook/hiring/#screening-call" target="_blank" rel="noopener">Hiring</a>',
    );
  });

  it("shows them as plain text with the target in a tooltip when no handbook is configured, never as a portal link", () => {
    const html = renderInlineMarkdown("See [our **values**](/handbook/values/).", links(null));
    expect(html).toBe(
      'See <span title="Handbook: /handbook/values/" class="handbook-link">our <strong>values</strong></span>.',
    );
    expect(html).not.toContain("<a");
  });

  it("resolves relative links from the folder of the page the family was imported from", () => {
    const html = renderInlineMarkdown("[Peer](../peer/)", {
      family: { department: "general", slug: "imported" },
      sourcePath: "job-families/sales/account-executive.html.md",
      handbookUrl: null,
    });
    expect(html).toBe('<a href="/job-families/sales/peer">Peer</a>');
  });

  it("still sanitises first: a javascript: link loses its href and is not rewritten", () => {
    expect(renderMarkdown("[x](javascript:alert(1))", links(null))).toBe("<p><a>x</a></p>");
  });

  it("leaves markdown alone when it is not a family's", () => {
    expect(renderInlineMarkdown("[Hiring](/handbook/hiring/)")).toBe('<a href="/handbook/hiring/">Hiring</a>');
  });

  it("reads LADDER_HANDBOOK_URL, refusing what is not an http(s) URL", () => {
    expect(handbookUrlFromEnv({ LADDER_HANDBOOK_URL: "https://handbook.example.com/" })).toBe("https://handbook.example.com");
    expect(handbookUrlFromEnv({ LADDER_HANDBOOK_URL: "https://example.com/docs/" })).toBe("https://example.com/docs");
    expect(handbookUrlFromEnv({})).toBeNull();
    expect(() => handbookUrlFromEnv({ LADDER_HANDBOOK_URL: "javascript:alert(1)" })).toThrow(/LADDER_HANDBOOK_URL must be an http\(s\) URL/);
    expect(() => handbookUrlFromEnv({ LADDER_HANDBOOK_URL: "handbook" })).toThrow(/LADDER_HANDBOOK_URL/);
  });
});
