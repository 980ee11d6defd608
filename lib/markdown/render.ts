import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { type LinkContext, rehypeHandbookLinks } from "./handbook-links";

/**
 * Markdown → HTML that is safe to put in a page. Family content is written by many people and
 * imported from files, so it is untrusted: raw HTML in it is parsed (so a table or a <br> still
 * shows) and then everything outside GitHub's allow-list — scripts, iframes, event handlers,
 * javascript: URLs, styles — is removed before it reaches a browser.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, {
    ...defaultSchema,
    // Ids from content are prefixed so they cannot clobber the page's own anchors.
    clobberPrefix: "content-",
  })
  // After sanitising: it only rewrites hrefs the sanitiser kept.
  .use(rehypeHandbookLinks)
  .use(rehypeStringify)
  .freeze();

/**
 * `links`: the family the markdown belongs to, so its handbook links lead somewhere (see
 * handbook-links.ts). The HTML depends only on the arguments; a cache of it must key on all of
 * them, the handbook URL included.
 */
export function renderMarkdown(markdown: string, links?: LinkContext): string {
  if (!markdown.trim()) return "";
  return String(processor.processSync({ value: markdown, data: { links } }));
}

/** Markdown of a single line (a list item, a label) without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string, links?: LinkContext): string {
  const html = renderMarkdown(markdown, links).trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return inner && !inner[1].includes("<p>") ? inner[1] : html;
}
