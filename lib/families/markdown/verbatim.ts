import type { Section } from "../document";
import { type HeadingNode, partText } from "./outline";

/**
 * Content kept as written under a heading: its own text and the sub-headings it still holds
 * (the ones the importer did not lift out into the structure).
 */
export type Kept = { heading: string; body: string; children: Kept[] };

export function keepWhole(source: string, node: HeadingNode): Kept {
  return { heading: node.text, body: partText(source, node), children: node.children.map((c) => keepWhole(source, c)) };
}

/**
 * Markdown for kept content placed under a heading of depth `depth - 1`. Sub-headings are
 * written one level below their parent whatever depth the source used, so the export
 * re-imports into the same tree; past h6 a heading becomes a bold line, which re-imports as text.
 */
export function renderKept(body: string, children: Kept[], depth: number): string {
  return joinBlocks([body, ...children.map((child) => renderKeptHeading(child, depth))]);
}

function renderKeptHeading(kept: Kept, depth: number): string {
  const line = depth <= 6 ? headingLine(depth, kept.heading) : `**${kept.heading}**`;
  return joinBlocks([line, renderKept(kept.body, kept.children, depth + 1)]);
}

export function headingLine(depth: number, text: string): string {
  return "#".repeat(Math.min(depth, 6)) + (text ? ` ${text}` : "");
}

/** Markdown blocks separated by one blank line; empty ones left out. */
export function joinBlocks(blocks: string[]): string {
  return blocks.filter((b) => b !== "").join("\n\n");
}

/** Keeps a whole heading and everything under it as a section written at `depth`. */
export function keepAsSection(source: string, sections: Section[], node: HeadingNode, depth: number): void {
  const kept = keepWhole(source, node);
  sections.push({ heading: kept.heading, body: renderKept(kept.body, kept.children, depth + 1) });
}
