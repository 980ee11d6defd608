import { diffArrays, diffWords } from "diff";
import type { Item } from "../families/document";
import { plainText } from "./plain-text";

/** A run of words in a compared line; `change` marks words only one side has. */
export type Segment = { text: string; change: "added" | "removed" | null };

/**
 * One row of a side-by-side comparison. `same`: both sides say it; `reworded`: a line on each side
 * close enough to be the same point, with the differing words marked; `removed` / `added`: only
 * the first / second level says it.
 */
export type Row =
  | { kind: "same"; depth: number; label: boolean; text: string }
  | { kind: "reworded"; depth: number; label: boolean; a: Segment[]; b: Segment[] }
  | { kind: "removed"; depth: number; label: boolean; text: string }
  | { kind: "added"; depth: number; label: boolean; text: string };

type Line = { text: string; depth: number; label: boolean };

/** A list (with its groups, nested items and notes) as lines of plain text in reading order. */
export function flatten(items: readonly Item[], depth = 0): Line[] {
  return items.flatMap((item) => [
    { text: plainText(item.text), depth, label: item.kind === "group" },
    ...flatten(item.children, item.kind === "group" ? depth : depth + 1),
  ]).filter((line) => line.text !== "");
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** How alike two lines are: shared words over all words (Jaccard), 0 to 1. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Below this two lines are different points, not one point reworded. */
const REWORDED = 0.4;

/** The word-level difference between two versions of one line, split into the two sides. */
export function wordDiff(a: string, b: string): { a: Segment[]; b: Segment[] } {
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of diffWords(a, b)) {
    if (part.added) right.push({ text: part.value, change: "added" });
    else if (part.removed) left.push({ text: part.value, change: "removed" });
    else {
      left.push({ text: part.value, change: null });
      right.push({ text: part.value, change: null });
    }
  }
  return { a: left, b: right };
}

/**
 * Pairs the lines only one side has, between two runs of common lines: each removed line with the
 * most similar added line still free (in order, so rows keep both sides' reading order).
 */
function pairUp(removed: Line[], added: Line[]): Row[] {
  const rows: Row[] = [];
  let next = 0;
  for (const line of removed) {
    let best = -1;
    let score = REWORDED;
    for (let j = next; j < added.length; j++) {
      const s = similarity(line.text, added[j].text);
      if (s >= score) [best, score] = [j, s];
    }
    if (best === -1) {
      rows.push({ kind: "removed", ...line });
      continue;
    }
    for (const skipped of added.slice(next, best)) rows.push({ kind: "added", ...skipped });
    rows.push({ kind: "reworded", depth: added[best].depth, label: added[best].label, ...wordDiff(line.text, added[best].text) });
    next = best + 1;
  }
  for (const rest of added.slice(next)) rows.push({ kind: "added", ...rest });
  return rows;
}

/** Two lists aligned line by line: what stays, what is reworded, what goes and what comes. */
export function alignLists(a: readonly Item[], b: readonly Item[]): Row[] {
  const changes = diffArrays(flatten(a), flatten(b), {
    comparator: (x: Line, y: Line) => x.text.toLowerCase() === y.text.toLowerCase(),
  });
  const rows: Row[] = [];
  let removed: Line[] = [];
  for (const change of changes) {
    if (change.removed) removed = change.value;
    else if (change.added) {
      rows.push(...pairUp(removed, change.value));
      removed = [];
    } else {
      rows.push(...pairUp(removed, []));
      removed = [];
      rows.push(...change.value.map((line) => ({ kind: "same" as const, ...line })));
    }
  }
  rows.push(...pairUp(removed, []));
  return rows;
}

/** What changed, counted: "3 added, 2 removed, 4 reworded". */
export function tally(rows: readonly Row[]) {
  const count = (kind: Row["kind"]) => rows.filter((r) => r.kind === kind).length;
  return { same: count("same"), reworded: count("reworded"), removed: count("removed"), added: count("added") };
}
