import type { Element, ElementContent, Root, RootContent } from "hast";
import { familyHandbookUrl, linkTarget } from "../families/links";
import { departmentPagePath, familyPagePath } from "../families/paths";

/**
 * Where the links of one family's markdown lead. `handbookUrl` is the handbook's site
 * (`LADDER_HANDBOOK_URL`), null when none is configured.
 */
export type LinkContext = {
  family: { department: string; slug: string };
  /** The handbook path the family was imported from; relative links start from its folder. */
  sourcePath?: string | null;
  handbookUrl: string | null;
  /**
   * Set when the markdown is shown on a page of its own rather than the family's (a level's page):
   * the anchors that page has. A link to any other anchor of the family leads to the family's page.
   */
  pageAnchors?: ReadonlySet<string>;
};

/**
 * A rehype plugin that turns the handbook's site links into what the portal can answer:
 * - a job family (`/job-families/engineering/backend-engineer/#senior`, `../backend-engineer/`)
 *   → the portal's page of that family, anchor kept (`/job-families/engineering/backend-engineer#senior`);
 * - a department (`/job-families/engineering/`) → the portal's page of that department;
 * - any other handbook page (`/handbook/hiring/`) → the same path on `handbookUrl`, opened as an
 *   external link; with no handbook configured, plain text with the target in a tooltip (a
 *   portal link there would be a 404).
 * Other sites are left alone, and so are same-page anchors, except on a page that shows part of
 * the family (a level's), where an anchor that page lacks leads to the family's page. It runs after sanitising, on hrefs the
 * sanitiser kept, and writes only paths it built itself and the configured base.
 *
 * A pure function of (markdown, family, source path, handbook URL): HTML cached per revision must
 * be keyed by the handbook URL too, or changing LADDER_HANDBOOK_URL would serve stale links.
 */
export function rehypeHandbookLinks() {
  // The context travels in the processed file's data, so one frozen processor serves every family.
  return (tree: Root, file: { data: object }) => {
    const context = (file.data as { links?: LinkContext }).links;
    if (!context) return;
    const pageUrl = familyHandbookUrl(context.family, context.sourcePath);
    rewrite(tree, (link) => rewriteLink(link, pageUrl, context));
  };
}

function rewrite(node: Root | Element, visit: (link: Element) => ElementContent): void {
  node.children = node.children.map((child: RootContent) => {
    if (child.type !== "element") return child;
    rewrite(child, visit);
    return child.tagName === "a" ? visit(child) : child;
  }) as typeof node.children;
}

function rewriteLink(link: Element, pageUrl: string, context: LinkContext): ElementContent {
  const href = link.properties.href;
  if (typeof href !== "string") return link;
  const target = linkTarget(href, pageUrl);
  if (target === null) return link;
  const onThisPage = (anchor: string) => !context.pageAnchors || context.pageAnchors.has(anchor);
  if (target.kind === "anchor") {
    const { department, slug } = context.family;
    if (!onThisPage(target.anchor)) link.properties.href = `${familyPagePath(department, slug)}#${encodeURIComponent(target.anchor)}`;
    return link;
  }
  if (target.kind === "family") {
    const same = target.department === context.family.department && target.slug === context.family.slug;
    const hash = target.anchor ? `#${encodeURIComponent(target.anchor)}` : "";
    link.properties.href = same && hash && onThisPage(target.anchor!) ? hash : `${familyPagePath(target.department, target.slug)}${hash}`;
    return link;
  }
  if (target.kind === "department") {
    link.properties.href = target.department ? departmentPagePath(target.department) : "/";
    return link;
  }
  if (context.handbookUrl) {
    link.properties.href = `${context.handbookUrl}${target.path}`;
    link.properties.target = "_blank";
    link.properties.rel = ["noopener"];
    return link;
  }
  return {
    type: "element",
    tagName: "span",
    // Short: a family page carries dozens of these, twice (HTML and React's payload). The class
    // is styled in app/globals.css; the README says why these are not links.
    properties: { title: `Handbook: ${target.path}`, className: ["handbook-link"] },
    children: link.children,
  };
}
