import type { Item } from "../families/document";

/**
 * Edits of a nested list (responsibilities, requirements, indicators) by the position of an entry:
 * `[2, 0]` is the first child of the third entry. Pure, returning new lists, so the form's
 * keyboard shortcuts and buttons are one call each and are tested without a browser. Each
 * operation also returns where the entry is afterwards, so focus can follow it.
 */
export type ItemPath = number[];
type Result = { items: Item[]; path: ItemPath };

export const newItem = (): Item => ({ kind: "item", text: "", ordered: false, children: [] });

function siblingsAt(items: Item[], parent: ItemPath): Item[] {
  return parent.reduce((list, i) => list[i].children, items);
}

/** Replaces the sibling list under `parent` with `change(siblings)`. */
function withSiblings(items: Item[], parent: ItemPath, change: (siblings: Item[]) => Item[]): Item[] {
  if (parent.length === 0) return change(items);
  const [head, ...rest] = parent;
  return items.map((item, i) => (i === head ? { ...item, children: withSiblings(item.children, rest, change) } : item));
}

const split = (path: ItemPath) => ({ parent: path.slice(0, -1), index: path[path.length - 1] });

export function itemAt(items: Item[], path: ItemPath): Item | undefined {
  const { parent, index } = split(path);
  return siblingsAt(items, parent)?.[index];
}

export function updateItem(items: Item[], path: ItemPath, patch: Partial<Item>): Item[] {
  const { parent, index } = split(path);
  return withSiblings(items, parent, (s) => s.map((item, i) => (i === index ? { ...item, ...patch } : item)));
}

export function removeItem(items: Item[], path: ItemPath): Result {
  const { parent, index } = split(path);
  const next = withSiblings(items, parent, (s) => s.filter((_, i) => i !== index));
  const left = siblingsAt(next, parent).length;
  return { items: next, path: left === 0 ? parent : [...parent, Math.min(index, left - 1)] };
}

/** A new empty entry after `path` (or first, for an empty path), at the same depth. */
export function insertAfter(items: Item[], path: ItemPath): Result {
  if (path.length === 0) return { items: [...items, newItem()], path: [items.length] };
  const { parent, index } = split(path);
  return { items: withSiblings(items, parent, (s) => [...s.slice(0, index + 1), newItem(), ...s.slice(index + 1)]), path: [...parent, index + 1] };
}

export function addChild(items: Item[], path: ItemPath): Result {
  const count = itemAt(items, path)?.children.length ?? 0;
  const { parent, index } = split(path);
  const next = withSiblings(items, parent, (s) => s.map((item, i) => (i === index ? { ...item, children: [...item.children, newItem()] } : item)));
  return { items: next, path: [...path, count] };
}

/** Up (-1) or down (+1) among its siblings; at either end it stays. */
export function moveItem(items: Item[], path: ItemPath, delta: -1 | 1): Result {
  const { parent, index } = split(path);
  const siblings = siblingsAt(items, parent);
  const target = index + delta;
  if (target < 0 || target >= siblings.length) return { items, path };
  const next = withSiblings(items, parent, (s) => {
    const copy = [...s];
    [copy[index], copy[target]] = [copy[target], copy[index]];
    return copy;
  });
  return { items: next, path: [...parent, target] };
}

/** Becomes the last child of the entry above it (the first entry of a list cannot). */
export function indentItem(items: Item[], path: ItemPath): Result {
  const { parent, index } = split(path);
  if (index === 0) return { items, path };
  const siblings = siblingsAt(items, parent);
  const moving = siblings[index];
  const newParent = siblings[index - 1];
  const next = withSiblings(items, parent, (s) =>
    s.flatMap((item, i) => (i === index ? [] : i === index - 1 ? [{ ...item, children: [...item.children, moving] }] : [item])),
  );
  return { items: next, path: [...parent, index - 1, newParent.children.length] };
}

/** Becomes the entry after its parent (top-level entries cannot). */
export function outdentItem(items: Item[], path: ItemPath): Result {
  if (path.length < 2) return { items, path };
  const { parent, index } = split(path);
  const moving = siblingsAt(items, parent)[index];
  const grand = split(parent);
  const removed = withSiblings(items, parent, (s) => s.filter((_, i) => i !== index));
  const next = withSiblings(removed, grand.parent, (s) => [...s.slice(0, grand.index + 1), moving, ...s.slice(grand.index + 1)]);
  return { items: next, path: [...grand.parent, grand.index + 1] };
}
