import type { List, ListItem, Paragraph, RootContent } from "mdast";
import type { Item } from "../document";
import { endOf, startOf } from "./outline";

/** A markdown block at the top of the page or inside a list item. */
export type Block = RootContent | ListItem["children"][number];

/**
 * Where markdown blocks come from: the page source, and how far the lines of these blocks are
 * indented as content of an enclosing list item (that indentation is markup, not text).
 */
export type Origin = { source: string; indent: number };

/** One top-level run found among blocks: a list, a bold label with its list, or prose. */
type Run =
  | { kind: "list"; ordered: boolean; items: Item[] }
  | { kind: "group"; label: string; ordered: boolean; items: Item[] }
  | { kind: "note"; text: string };

/**
 * The entries of a list field read from its markdown blocks. Lists become items, a bold line
 * right above a list becomes a group, and everything else between them (prose, tables, HTML,
 * template tags, lists too odd to model) becomes notes, kept as written. A numbered list where
 * the parent says "bullets" is kept as an unlabelled group whose `ordered` says so.
 */
export function readEntries(origin: Origin, blocks: Block[], parentOrdered: boolean): Item[] {
  return toEntries(readRuns(origin, blocks).runs, parentOrdered);
}

/** Whether every list among these blocks is numbered (and there is one): then the parent is `ordered`. */
export function allListsOrdered(origin: Origin, blocks: Block[]): boolean {
  return runsOrdered(readRuns(origin, blocks).runs);
}

function runsOrdered(runs: Run[]): boolean {
  const lists = runs.filter((run) => run.kind === "list");
  return lists.length > 0 && lists.every((run) => run.ordered);
}

function toEntries(runs: Run[], parentOrdered: boolean): Item[] {
  const entries: Item[] = [];
  for (const run of runs) {
    if (run.kind === "note") entries.push(note(run.text));
    else if (run.kind === "group") entries.push(group(run.label, run.ordered, run.items));
    // One by one: spreading a list of many thousand items into push() overflows the stack.
    else if (run.ordered === parentOrdered) for (const item of run.items) entries.push(item);
    else entries.push(group("", run.ordered, run.items));
  }
  return entries;
}

/**
 * The runs among blocks, each list read exactly once (reading a list reads its sub-lists, so
 * reading one twice would double the work at every level of nesting); `allListsRead` is false
 * when some list could not be read as items and was kept as prose.
 */
function readRuns(origin: Origin, blocks: Block[]): { runs: Run[]; allListsRead: boolean } {
  const runs: Run[] = [];
  let allListsRead = true;
  let prose: Block[] = [];
  const flush = () => {
    if (prose.length === 0) return;
    runs.push({ kind: "note", text: slice(origin, startOf(prose[0]), endOf(prose[prose.length - 1])) });
    prose = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type === "list") {
      const list = readList(origin, block);
      if (list) {
        flush();
        runs.push({ kind: "list", ...list });
      } else {
        allListsRead = false;
        prose.push(block);
      }
      continue;
    }
    const label = boldLabel(origin, block);
    const next = blocks[i + 1];
    if (label !== null && next?.type === "list") {
      const labelled = readList(origin, next);
      if (labelled) {
        flush();
        runs.push({ kind: "group", label, ...labelled });
      } else {
        // The list cannot be read, so neither it nor its label is a group: both stay prose.
        allListsRead = false;
        prose.push(block, next);
      }
      i++;
      continue;
    }
    prose.push(block);
  }
  flush();
  return { runs, allListsRead };
}

/** A list as items, or null when it holds something items cannot say (task boxes, a bare sub-list). */
function readList(origin: Origin, list: List): { ordered: boolean; items: Item[] } | null {
  const items: Item[] = [];
  let expected = 1;
  for (const listItem of list.children) {
    const item = readItem(origin, listItem);
    if (!item) return null;
    if (list.ordered) {
      const written = writtenNumber(origin, listItem) ?? expected;
      if (written !== expected) item.number = written;
      expected = written + 1;
    }
    items.push(item);
  }
  return { ordered: list.ordered === true, items };
}

/** The number written before a numbered list item (`1.`, `07)`), read from the source. */
function writtenNumber(origin: Origin, listItem: ListItem): number | null {
  const digits = /^(\d{1,9})[.)]/.exec(origin.source.slice(startOf(listItem), startOf(listItem) + 10))?.[1];
  return digits === undefined ? null : Number(digits);
}

function readItem(origin: Origin, listItem: ListItem): Item | null {
  if (listItem.checked !== null && listItem.checked !== undefined) return null;
  const blocks = listItem.children;
  if (blocks.length === 0) return { kind: "item", text: "", ordered: false, children: [] };
  if (blocks[0].type === "list") return null;
  const firstList = blocks.findIndex((b) => b.type === "list");
  const lead = firstList < 0 ? blocks : blocks.slice(0, firstList);
  const rest = firstList < 0 ? [] : blocks.slice(firstList);
  // Continuation lines are indented to the item's content column; that indent is list markup.
  const inner: Origin = { source: origin.source, indent: blocks[0].position!.start.column - 1 };
  const text = slice(inner, startOf(lead[0]), endOf(lead[lead.length - 1]));
  const { runs, allListsRead } = readRuns(inner, rest);
  if (!allListsRead) return null;
  const ordered = runsOrdered(runs);
  return { kind: "item", text, ordered, children: toEntries(runs, ordered) };
}

/**
 * The label of a paragraph that is only bold text (optionally followed by a colon), as written
 * between the `**`; null for any other block.
 */
export function boldLabel(origin: Origin, block: Block): string | null {
  if (block.type !== "paragraph") return null;
  const children = (block as Paragraph).children;
  const strong = children[0];
  if (strong?.type !== "strong" || strong.children.length === 0) return null;
  const tail = children.slice(1);
  const colon = tail.length === 1 && tail[0].type === "text" && /^\s*:\s*$/.test(tail[0].value);
  if (tail.length > 0 && !colon) return null;
  const inner = strong.children;
  const label = slice(origin, startOf(inner[0]), endOf(inner[inner.length - 1]));
  if (label.trim() === "" || label.includes("\n")) return null;
  return colon ? `${label}:` : label;
}

/** Source text from `start` to `end` with the enclosing list indentation taken off each later line. */
export function slice(origin: Origin, start: number, end: number): string {
  const text = origin.source.slice(start, end);
  if (origin.indent === 0) return text.trimEnd();
  const strip = new RegExp(`^[ \\t]{0,${origin.indent}}`);
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : line.replace(strip, "")))
    .join("\n")
    .trimEnd();
}

export function note(text: string): Item {
  return { kind: "note", text, ordered: false, children: [] };
}

export function group(text: string, ordered: boolean, children: Item[]): Item {
  return { kind: "group", text, ordered, children };
}

/** Appends a note, joining it to a note just before (two notes in a row would re-import as one). */
export function pushNote(entries: Item[], text: string): void {
  const last = entries[entries.length - 1];
  if (last?.kind === "note") last.text = `${last.text}\n\n${text}`;
  else entries.push(note(text));
}
