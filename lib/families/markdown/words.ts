/**
 * How many of a source's words an export keeps. Words are runs of letters and digits, lower-cased,
 * counted as a multiset, link targets included (a link that loses its URL loses words). List
 * markers (`*`, `-`, `1.`) are markup, not words: an export may renumber `1. 1. 1.` as it likes.
 */
export function wordCoverage(source: string, exported: string): { ratio: number; missing: string[] } {
  const have = countWords(exported);
  const missing: string[] = [];
  let total = 0;
  for (const [word, count] of countWords(source)) {
    total += count;
    const short = count - (have.get(word) ?? 0);
    for (let i = 0; i < short; i++) missing.push(word);
  }
  missing.sort();
  return { ratio: total === 0 ? 1 : (total - missing.length) / total, missing };
}

const LIST_MARKER = /^([ \t>]*)(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/gm;
const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.replace(LIST_MARKER, "$1").toLowerCase().matchAll(WORD)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
