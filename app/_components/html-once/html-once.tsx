import { createHash } from "node:crypto";
import { HtmlOnceClient } from "./html-once-client";
import { shareHtml } from "./html-once-store";

type Props = {
  /** Sanitised HTML (it is put into the page as is). */
  html: string;
  /** Where the browser gets the same HTML when the page is shown by client-side navigation. */
  src: string;
  /**
   * Given, `src` is a whole page (the page this block is on) and the block is the element of that
   * name in it: a list that changes with every save has no address of its own to fetch.
   */
  part?: string;
  className?: string;
};

/**
 * A large block of server-rendered HTML (a family's whole document) sent once per page load.
 *
 * A server component's output travels twice in a page: as HTML, and again, escaped, in the React
 * payload inlined at the end of the page for hydration (for the reference family, 38 KB of
 * content became 85 KB). Here the payload carries only a hash and an address: the server-side
 * render gets the HTML through html-once-store, the browser keeps the markup it already has,
 * and a client-side navigation (a link, back and forward) fetches it from `src`.
 */
export function HtmlOnce({ html, src, part, className }: Props) {
  const key = createHash("sha256").update(html).digest("base64url").slice(0, 16);
  shareHtml(key, html);
  return <HtmlOnceClient key={key} htmlKey={key} src={src} part={part} className={className} />;
}
