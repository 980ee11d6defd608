import { diffLines } from "diff";
import type { JobFamily } from "../families/document";
import { familyToMarkdown } from "../families/markdown/export";

/** A line of a unified line diff; `gap` stands for unchanged lines left out. */
export type RawLine =
  | { op: "same" | "removed" | "added"; text: string; oldLine: number | null; newLine: number | null }
  | { op: "gap"; lines: number };

/**
 * The two revisions exported as handbook markdown (the same export admins download) and compared
 * line by line, as a reviewer used to merge requests expects. Unchanged stretches longer than
 * twice `context` are folded.
 */
export function rawMarkdownDiff(before: JobFamily, after: JobFamily, context = 3): RawLine[] {
  const lines: RawLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(familyToMarkdown(before), familyToMarkdown(after))) {
    const texts = change.value.replace(/\n$/, "").split("\n");
    for (const text of texts) {
      if (change.added) lines.push({ op: "added", text, oldLine: null, newLine: newLine++ });
      else if (change.removed) lines.push({ op: "removed", text, oldLine: oldLine++, newLine: null });
      else lines.push({ op: "same", text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return foldUnchanged(lines, context);
}

function foldUnchanged(lines: RawLine[], context: number): RawLine[] {
  const near = lines.map(() => false);
  lines.forEach((line, i) => {
    if (line.op === "same") return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) near[k] = true;
  });
  const out: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (near[i]) {
      out.push(lines[i]);
      continue;
    }
    const last = out.at(-1);
    if (last?.op === "gap") last.lines++;
    else out.push({ op: "gap", lines: 1 });
  }
  return out;
}
