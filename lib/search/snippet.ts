const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * ts_headline's output made safe for HTML: content is untrusted, so everything is escaped and the
 * only markup is <mark> where the database put its match markers.
 */
export function highlightedSnippet(headline: string, start: string, stop: string): string {
  const escaped = headline.replace(/\s+/g, " ").trim().replace(/[&<>"']/g, (c) => escapes[c]);
  return escaped.split(start).join("<mark>").split(stop).join("</mark>");
}

/** A snippet as parts to render without innerHTML: text, and marked text. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => Object.keys(escapes).find((k) => escapes[k] === m)!);
  return snippet
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith("<mark>");
      return { text: unescape(marked ? part.slice(6, -7) : part), marked };
    });
}
