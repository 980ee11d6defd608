import { diffArrays } from "diff";

/**
 * How the entries of one list in an old revision map to the entries of the same list in a newer
 * one. Indexes are positions in the old (`from`) and new (`to`) list.
 * - same: identical text in the same relative order;
 * - moved: identical text, but it changed place relative to the others;
 * - changed: different text, similar enough (and in the same stretch) to be an edit of it;
 * - removed / added: the rest.
 */
export type Match =
  | { kind: "same"; from: number; to: number }
  | { kind: "moved"; from: number; to: number }
  | { kind: "changed"; from: number; to: number }
  | { kind: "removed"; from: number }
  | { kind: "added"; to: number };

/** Pairs an edit to an entry with the entry when at least half of their words are shared. */
const SIMILAR = 0.5;
/** Beyond this many candidate pairs in one stretch, pairing by similarity costs more than it tells. */
const MAX_PAIRINGS = 40_000;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

type Hunk = { removed: number[]; added: number[] };

/**
 * Matches two lists of texts. Identical runs come from jsdiff's array diff (Myers); an entry
 * removed in one place and added verbatim in another is a move; within each stretch of removals
 * and additions, the most similar pairs are edits. Ordered by position in the new list, with
 * removals where they stood.
 */
export function matchTexts(before: readonly string[], after: readonly string[], options: { pairSimilar?: boolean } = {}): Match[] {
  const pairSimilar = options.pairSimilar ?? true;
  const sequence: (Match | Hunk)[] = [];
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let hunk: Hunk | null = null;
  for (const chunk of diffArrays(before as string[], after as string[])) {
    if (!chunk.added && !chunk.removed) {
      hunk = null;
      for (let k = 0; k < chunk.count; k++) sequence.push({ kind: "same", from: i + k, to: j + k });
      i += chunk.count;
      j += chunk.count;
      continue;
    }
    if (!hunk) {
      hunk = { removed: [], added: [] };
      hunks.push(hunk);
      sequence.push(hunk);
    }
    for (let k = 0; k < chunk.count; k++) (chunk.removed ? hunk.removed : hunk.added).push(chunk.removed ? i + k : j + k);
    if (chunk.removed) i += chunk.count;
    else j += chunk.count;
  }
  if (hunks.length === 0) return sequence as Match[];

  // Moves: the same text taken out in one place and put back in another.
  const removedByText = new Map<string, number[]>();
  for (const h of hunks) for (const r of h.removed) removedByText.set(before[r], [...(removedByText.get(before[r]) ?? []), r]);
  const pairedFrom = new Map<number, Match>();
  const pairedTo = new Map<number, Match>();
  for (const h of hunks) {
    for (const a of h.added) {
      const candidates = removedByText.get(after[a]);
      const r = candidates?.shift();
      if (r === undefined) continue;
      const move: Match = { kind: "moved", from: r, to: a };
      pairedFrom.set(r, move);
      pairedTo.set(a, move);
    }
  }

  // Edits: within one stretch, pair each removal with the most similar addition.
  if (pairSimilar) {
    for (const h of hunks) {
      const removed = h.removed.filter((r) => !pairedFrom.has(r));
      const added = h.added.filter((a) => !pairedTo.has(a));
      if (removed.length === 0 || added.length === 0 || removed.length * added.length > MAX_PAIRINGS) continue;
      const addedWords = added.map((a) => words(after[a]));
      for (const r of removed) {
        const rw = words(before[r]);
        let best = -1;
        let bestScore = SIMILAR;
        added.forEach((a, k) => {
          if (pairedTo.has(a)) return;
          const score = similarity(rw, addedWords[k]);
          if (score >= bestScore && (best === -1 || score > bestScore)) {
            best = a;
            bestScore = score;
          }
        });
        if (best === -1) continue;
        const edit: Match = { kind: "changed", from: r, to: best };
        pairedFrom.set(r, edit);
        pairedTo.set(best, edit);
      }
    }
  }

  const result: Match[] = [];
  for (const part of sequence) {
    if ("kind" in part) {
      result.push(part);
      continue;
    }
    for (const r of part.removed) if (!pairedFrom.has(r)) result.push({ kind: "removed", from: r });
    for (const a of part.added) result.push(pairedTo.get(a) ?? { kind: "added", to: a });
  }
  return result;
}
