import type { Item } from "../document";
import { endOf, parseMarkdown, startOf } from "./outline";
import { headingLine, joinBlocks } from "./verbatim";

type Chunk =
  /** `ownList`: a group's list, which must not take in the items after it. */
  | { kind: "list"; ordered: boolean; items: Item[]; ownList: boolean; marker?: string }
  | { kind: "text"; text: string }
  | { kind: "heading"; text: string };

/**
 * Markdown for list entries, written so that importing it gives the same entries back: items as
 * one list per run, a group as a bold label over its list, a note as written. A group that a
 * bold label cannot carry (it holds notes or groups) is written as a sub-heading of depth
 * `headingDepth`; everything after it must then be such a group too, as a heading takes in what
 * follows it.
 */
export function renderEntries(entries: Item[], parentOrdered: boolean, headingDepth: number | null): string {
  const chunks: Chunk[] = [];
  let headings = false;
  for (const entry of entries) {
    const last = chunks[chunks.length - 1];
    if (entry.kind === "item") {
      if (last?.kind === "list" && last.ordered === parentOrdered && !last.ownList) last.items.push(entry);
      else chunks.push({ kind: "list", ordered: parentOrdered, items: [entry], ownList: false });
    } else if (entry.kind === "note") {
      chunks.push({ kind: "text", text: entry.text });
    } else if (entry.text === "" && entry.children.every((c) => c.kind === "item")) {
      chunks.push(groupList(entry));
    } else if (!headings && canBeBold(entry)) {
      chunks.push({ kind: "text", text: `**${entry.text}**` }, groupList(entry));
    } else if (headingDepth !== null) {
      headings = true;
      const body = renderEntries(entry.children, entry.ordered, headingDepth + 1);
      chunks.push({ kind: "heading", text: joinBlocks([headingLine(headingDepth, entry.text), body]) });
    } else {
      chunks.push({ kind: "text", text: joinBlocks([`**${entry.text}**`, renderEntries(entry.children, entry.ordered, null)]) });
    }
  }
  assignMarkers(chunks);
  return joinBlocks(chunks.map(renderChunk));
}

function groupList(entry: Item): Chunk {
  return { kind: "list", ordered: entry.ordered, items: entry.children, ownList: true };
}

function canBeBold(entry: Item): boolean {
  return entry.text !== "" && !entry.text.includes("\n") && entry.children.length > 0 && entry.children.every((c) => c.kind === "item");
}

const BULLETS = ["*", "-", "+"];
const DELIMITERS = [".", ")"];

/**
 * Two lists with the same marker and only blank lines between them are one list in markdown, so
 * lists that must stay apart (a bullet run, then a group's bullets) get different markers.
 */
function assignMarkers(chunks: Chunk[]): void {
  chunks.forEach((chunk, i) => {
    if (chunk.kind !== "list") return;
    const avoid = new Set<string>();
    const before = chunks[i - 1];
    const after = chunks[i + 1];
    if (before?.kind === "list" && before.ordered === chunk.ordered && before.marker) avoid.add(before.marker);
    if (before?.kind === "text") avoid.add(edgeMarker(before.text, "last", chunk.ordered) ?? "");
    if (after?.kind === "text") avoid.add(edgeMarker(after.text, "first", chunk.ordered) ?? "");
    const choices = chunk.ordered ? DELIMITERS : BULLETS;
    chunk.marker = choices.find((m) => !avoid.has(m)) ?? choices[0];
  });
}

/** The marker of a list at the start or end of some markdown, if there is one of that kind. */
function edgeMarker(text: string, edge: "first" | "last", ordered: boolean): string | null {
  if (!/^\s*(?:[*+-]|\d+[.)])(?:\s|$)/m.test(text)) return null;
  const blocks = parseMarkdown(text).children;
  const block = edge === "first" ? blocks[0] : blocks[blocks.length - 1];
  if (block?.type !== "list" || (block.ordered === true) !== ordered) return null;
  const raw = text.slice(startOf(block), endOf(block));
  return ordered ? (/^\d+([.)])/.exec(raw)?.[1] ?? null) : raw[0];
}

function renderChunk(chunk: Chunk): string {
  if (chunk.kind !== "list") return chunk.text;
  if (!chunk.ordered) return chunk.items.map((item) => renderItem(item, chunk.marker!)).join("\n");
  // Numbers as the source wrote them (an item's own `number`), else counting on from the one before.
  let next = 1;
  return chunk.items
    .map((item) => {
      const number = item.number ?? next;
      next = number + 1;
      return renderItem(item, `${number}${chunk.marker}`);
    })
    .join("\n");
}

function renderItem(item: Item, marker: string): string {
  const lazy = lazyLines(item.text);
  // Lines that would start a list (or another block) inside the item are kept in its paragraph
  // the way the source did: as lazy continuation lines indented four spaces, which is less than
  // the item's content column (so not inside the item) yet too deep to start anything.
  const width = lazy ? Math.max(LAZY_WIDTH, marker.length + 1) : marker.length + 1;
  const head = lazy ? `${marker} `.padEnd(LAZY_WIDTH) : `${marker} `;
  let text = item.text === "" ? marker : `${head}${lazy ? indentLazily(item.text, lazy) : indentLines(item.text, width)}`;
  if (item.children.length > 0) {
    const children = renderEntries(item.children, item.ordered, null);
    // A numbered list that does not start at 1 cannot interrupt a paragraph: it needs a blank line.
    const gap = /^(?!1[.)])\d+[.)]/.test(children) ? "\n\n" : "\n";
    text += `${gap}${indentAll(children, width)}`;
  }
  return text;
}

const LAZY_WIDTH = 5;
/** A line that can interrupt a paragraph: it would start a block if indented as the item's content. */
const INTERRUPTS = /^(?:[*+-][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|<|(?:[*_-][ \t]*){3,}$|=+[ \t]*$)/;

/**
 * The lines (after the first) of one-paragraph item text that would start a block if indented
 * as item content, or null when there are none or the text is not a single paragraph.
 */
function lazyLines(text: string): Set<number> | null {
  const lines = text.split("\n");
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (i > 0 && INTERRUPTS.test(line)) found.add(i);
  });
  if (found.size === 0) return null;
  const asParagraph = lines.map((line, i) => (found.has(i) ? `    ${line}` : line)).join("\n");
  const blocks = parseMarkdown(asParagraph).children;
  const one = blocks.length === 1 && blocks[0].type === "paragraph" && endOf(blocks[0]) >= asParagraph.trimEnd().length;
  return one ? found : null;
}

function indentLazily(text: string, lazy: Set<number>): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : (lazy.has(i) ? "    " : " ".repeat(LAZY_WIDTH)) + line))
    .join("\n");
}

/** Indents every line but the first (which follows the list marker). */
function indentLines(text: string, width: number): string {
  const pad = " ".repeat(width);
  return text
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : pad + line))
    .join("\n");
}

function indentAll(text: string, width: number): string {
  const pad = " ".repeat(width);
  return text
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}
