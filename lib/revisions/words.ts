import { diffWords } from "diff";

/** A run of text in a word-level comparison: kept, only in the old text, or only in the new. */
export type WordPart = { text: string; op: "same" | "removed" | "added" };

/**
 * Word-level highlights between two versions of one text (jsdiff's word diff, which keeps the
 * whitespace with the words so the parts concatenate back to either text).
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const change of diffWords(before, after)) {
    const op = change.added ? "added" : change.removed ? "removed" : "same";
    const last = parts.at(-1);
    if (last && last.op === op) last.text += change.value;
    else parts.push({ text: change.value, op });
  }
  return parts;
}

/** One side of a word diff: the old text (`before`) or the new (`after`), with its own highlights. */
export function side(parts: readonly WordPart[], which: "before" | "after"): WordPart[] {
  const hidden = which === "before" ? "added" : "removed";
  return parts.filter((p) => p.op !== hidden);
}
