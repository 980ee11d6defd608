import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { type LinkContext, rehypeHandbookLinks } from "./handbook-links";
import { markdownProblem } from "./limits";

/**
 * Markdown → HTML that is safe to put in a page. Family content is written by many people and
 * imported from files, so it is untrusted: raw HTML in it is parsed (so a table or a <br> still
 * shows) and then everything outside GitHub's allow-list — scripts, iframes, event handlers,
 * javascript: URLs, styles — is removed before it reaches a browser.
 *
 * It is also hostile-proof: whatever a stored revision holds, this returns HTML and never throws,
 * so no content can take a page down however the function is called. Markdown past the limits in
 * ./limits.ts, or nested deeper than the later steps can recurse, is shown as escaped plain text.
 * The steps run one by one so that each tree is measured before a recursive step walks it.
 */
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

const toHtmlTree = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();

const toSafeHtml = unified()
  .use(rehypeSanitize, {
    ...defaultSchema,
    // Ids from content are prefixed so they cannot clobber the page's own anchors.
    clobberPrefix: "content-",
  })
  // After sanitising: it only rewrites hrefs the sanitiser kept.
  .use(rehypeHandbookLinks)
  .use(rehypeStringify)
  .freeze();

/** Deeper trees than this are shown as text: sanitising and writing HTML recurse once per level. */
const MAX_TREE_DEPTH = 128;

/**
 * `links`: the family the markdown belongs to, so its handbook links lead somewhere (see
 * handbook-links.ts). The HTML depends only on the arguments; a cache of it must key on all of
 * them, the handbook URL included.
 */
export function renderMarkdown(markdown: string, links?: LinkContext): string {
  if (!markdown.trim()) return "";
  if (markdownProblem(markdown)) return plainText(markdown);
  // The link context travels in the file's data, so one frozen processor serves every family.
  const file = { value: markdown, data: { links } };
  try {
    const mdast = parser.parse(file) as MdastRoot;
    if (deeperThan(mdast, MAX_TREE_DEPTH)) return plainText(markdown);
    const hast = toHtmlTree.runSync(mdast, file) as HastRoot;
    // Raw HTML (`<div>` thousands deep) only nests once parsed, so the HTML tree is checked too.
    if (deeperThan(hast, MAX_TREE_DEPTH)) return plainText(markdown);
    return toSafeHtml.stringify(toSafeHtml.runSync(hast, file) as HastRoot, file);
  } catch (error) {
    // A parser bug or a shape the limits do not foresee: the reader still gets the words.
    console.error("Ladder: markdown shown as plain text, it could not be rendered:", error);
    return plainText(markdown);
  }
}

/** Markdown of a single line (a list item, a label) without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string, links?: LinkContext): string {
  const html = renderMarkdown(markdown, links).trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return inner && !inner[1].includes("<p>") ? inner[1] : html;
}

/** The source as one escaped paragraph, its line breaks kept: nothing in it is markup. */
function plainText(markdown: string): string {
  const escaped = markdown.trim().replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<p>${escaped.replace(/\n/g, "<br>\n")}</p>`;
}

/** Whether a tree is deeper than `limit`, found without recursion (the point is not to overflow). */
function deeperThan(root: { children?: unknown[] }, limit: number): boolean {
  const stack: [{ children?: unknown[] }, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return false;
}
