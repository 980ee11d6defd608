"use client";

import { useEffect, useRef, useState } from "react";
import { sharedHtml } from "./html-once-store";

/** What this browser tab has shown already, so going back to a page shows it at once. */
const seen = new Map<string, string>();

/**
 * The HTML to start with: on the server, what HtmlOnce shared; in the browser, the markup the
 * server sent (when hydrating the page it came with) or shown before, else null (fetch it).
 */
function initialHtml(key: string): string | null {
  if (typeof window === "undefined") {
    const html = sharedHtml(key);
    // Never render (and cache) a page without its content.
    if (html === undefined) throw new Error(`HtmlOnce: no HTML shared for ${key} in this process`);
    return html;
  }
  const html = seen.get(key) ?? document.querySelector(`[data-html-once="${key}"]`)?.innerHTML ?? null;
  if (html !== null) seen.set(key, html);
  return html;
}

/** Fetches on their way, by address: the blocks of one page (the home page has two) share one. */
const fetching = new Map<string, Promise<string>>();

function fetchText(src: string): Promise<string> {
  let request = fetching.get(src);
  if (!request) {
    request = fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`${src} answered ${response.status}`);
        return response.text();
      })
      .finally(() => fetching.delete(src));
    fetching.set(src, request);
  }
  return request;
}

/** The block named `part` in a whole page's HTML. */
function partOf(page: string, part: string): string {
  const block = new DOMParser().parseFromString(page, "text/html").querySelector(`[data-html-once-part="${CSS.escape(part)}"]`);
  if (!block) throw new Error(`no part ${part} in the page`);
  return block.innerHTML;
}

type Props = { htmlKey: string; src: string; part?: string; className?: string };

/** The browser half of HtmlOnce (see there). */
export function HtmlOnceClient({ htmlKey, src, part, className }: Props) {
  const [html, setHtml] = useState(() => initialHtml(htmlKey));
  const [failed, setFailed] = useState(false);
  const fetched = useRef(false);

  useEffect(() => {
    if (html !== null) return;
    let gone = false; // unmounted, or another page shown meanwhile
    fetchText(src)
      .then((text) => {
        if (gone) return;
        const block = part === undefined ? text : partOf(text, part);
        seen.set(htmlKey, block);
        fetched.current = true;
        setHtml(block);
      })
      .catch(() => !gone && setFailed(true));
    return () => {
      gone = true;
    };
  }, [html, htmlKey, src, part]);

  useEffect(() => {
    // The browser looked for the address's #anchor before the fetched content was there.
    if (fetched.current && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [html]);

  if (failed) {
    return (
      <p role="alert">
        This part of the page could not be loaded. <a href={location.href}>Load the page again</a>.
      </p>
    );
  }
  // suppressHydrationWarning: the browser's serialisation of the same markup may differ in detail.
  return (
    <div
      className={className}
      data-html-once={htmlKey}
      data-html-once-part={part}
      aria-busy={html === null || undefined}
      dangerouslySetInnerHTML={{ __html: html ?? "" }}
      suppressHydrationWarning
    />
  );
}
