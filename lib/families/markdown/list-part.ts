import type { Item } from "../document";
import { allListsOrdered, group, type Origin, readEntries } from "./entries";
import type { HeadingNode } from "./outline";
import type { Owner } from "./owner";

/**
 * A list part (responsibilities, requirements, performance indicators, references) under a
 * heading. Its sub-headings become labelled groups, except those that are the owner's own parts.
 * `onGroup` sees each group made from a sub-heading (level indicators are picked out that way).
 */
export function readListPart(
  source: string,
  node: HeadingNode,
  owner: Owner | null,
  options: { asGroup: boolean; onGroup?: (group: Item) => void },
): { entries: Item[]; ordered: boolean } {
  const origin: Origin = { source, indent: 0 };
  const ordered = options.asGroup && allListsOrdered(origin, node.blocks);
  const entries = readEntries(origin, node.blocks, ordered);
  for (const child of node.children) {
    if (owner?.isOwnPart(child.text)) {
      owner.take(child);
      continue;
    }
    const made = headingGroup(origin, child);
    options.onGroup?.(made);
    entries.push(made);
  }
  return { entries, ordered };
}

/** A sub-heading inside a list as a group labelled with the heading; deeper headings nest. */
export function headingGroup(origin: Origin, node: HeadingNode): Item {
  const ordered = allListsOrdered(origin, node.blocks);
  const children = readEntries(origin, node.blocks, ordered);
  for (const child of node.children) children.push(headingGroup(origin, child));
  return group(node.text, ordered, children);
}
