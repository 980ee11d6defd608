/**
 * Hands a block of HTML from the server component that has it (HtmlOnce) to the server-side
 * render of its client half (HtmlOnceClient), outside the React payload. The two run in one
 * process but in separate module graphs (React Server Components and SSR), so the table lives on
 * globalThis. Entries are keyed by the HTML's hash and are not taken out on reading (React may
 * render a component twice); the oldest go once there are more than a few pages' worth.
 */
const KEEP = 64;
const table: Map<string, string> = ((globalThis as { [key: symbol]: unknown })[Symbol.for("ladder.htmlOnce")] ??= new Map()) as Map<string, string>;

export function shareHtml(key: string, html: string): void {
  table.delete(key); // re-inserted at the end: the newest are kept
  table.set(key, html);
  if (table.size > KEEP) table.delete(table.keys().next().value!);
}

export function sharedHtml(key: string): string | undefined {
  return table.get(key);
}
