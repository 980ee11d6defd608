import type { Heading, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** A stretch of the page between headings: where it lies in the source and its top-level blocks. */
export type Part = { start: number; end: number; blocks: RootContent[] };

/** A heading with the text under it up to the next heading, and the deeper headings it contains. */
export type HeadingNode = Part & {
  depth: number;
  /** The heading's inline markdown as written. */
  text: string;
  children: HeadingNode[];
};

export type Outline = { source: string; preamble: Part; headings: HeadingNode[] };

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(source: string): Root {
  return parser.parse(source);
}

/**
 * The page as a tree of headings. Only top-level headings count: a `#` inside a list, quote or
 * code block is text. Offsets point into `source`, so every later step slices the original
 * text rather than re-serialising it.
 */
export function outline(source: string): Outline {
  const root = parseMarkdown(source);
  const blocks = root.children;
  const headingIndexes = blocks.flatMap((node, i) => (node.type === "heading" ? [i] : []));
  const startOf = (node: RootContent) => node.position!.start.offset!;
  const endOf = (node: RootContent) => node.position!.end.offset!;

  const firstHeading = headingIndexes[0] ?? blocks.length;
  const preamble: Part = {
    start: 0,
    end: firstHeading < blocks.length ? startOf(blocks[firstHeading]) : source.length,
    blocks: blocks.slice(0, firstHeading),
  };

  const top: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  headingIndexes.forEach((index, k) => {
    const heading = blocks[index] as Heading;
    const nextIndex = headingIndexes[k + 1] ?? blocks.length;
    const node: HeadingNode = {
      depth: heading.depth,
      text: headingText(source, heading),
      start: endOf(heading),
      end: nextIndex < blocks.length ? startOf(blocks[nextIndex]) : source.length,
      blocks: blocks.slice(index + 1, nextIndex),
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].depth >= node.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : top).push(node);
    stack.push(node);
  });
  return { source, preamble, headings: top };
}

function headingText(source: string, heading: Heading): string {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first || !last) return "";
  return source
    .slice(first.position!.start.offset!, last.position!.end.offset!)
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/** Text with blank lines at the start and white space at the end removed. */
export function trimBlank(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").trimEnd();
}

/** The markdown under a heading, before its first sub-heading (or a preamble), as written. */
export function partText(source: string, part: Part): string {
  return trimBlank(source.slice(part.start, part.end));
}

export function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position!.start.offset!;
}

export function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position!.end.offset!;
}
