import { describe, expect, it } from "vitest";
import type { Item } from "../../../lib/families/document";
import { addChild, indentItem, insertAfter, moveItem, outdentItem, removeItem } from "../../../lib/editing/item-tree";

const item = (text: string, children: Item[] = []): Item => ({ kind: "item", text, ordered: false, children });
const texts = (items: Item[]): unknown[] => items.map((i) => (i.children.length ? [i.text, texts(i.children)] : i.text));

describe("nested list edits", () => {
  const list = [item("a"), item("b", [item("b1"), item("b2")]), item("c")];

  it("moves an entry among its siblings and follows it", () => {
    expect(moveItem(list, [2], -1)).toMatchObject({ path: [1] });
    expect(texts(moveItem(list, [2], -1).items)).toEqual(["a", "c", ["b", ["b1", "b2"]]]);
    expect(texts(moveItem(list, [1, 0], 1).items)).toEqual(["a", ["b", ["b2", "b1"]], "c"]);
    expect(moveItem(list, [0], -1).items).toBe(list);
  });

  it("indents under the entry above and outdents to after the parent", () => {
    const indented = indentItem(list, [2]);
    expect(texts(indented.items)).toEqual(["a", ["b", ["b1", "b2", "c"]]]);
    expect(indented.path).toEqual([1, 2]);
    const back = outdentItem(indented.items, indented.path);
    expect(texts(back.items)).toEqual(texts(list));
    expect(back.path).toEqual([2]);
    expect(indentItem(list, [0]).items).toBe(list);
    expect(outdentItem(list, [1]).items).toBe(list);
  });

  it("adds after, adds a child, removes", () => {
    expect(insertAfter(list, [0])).toMatchObject({ path: [1] });
    expect(texts(insertAfter(list, [0]).items)).toEqual(["a", "", ["b", ["b1", "b2"]], "c"]);
    expect(insertAfter([], [])).toMatchObject({ path: [0], items: [item("")] });
    expect(texts(addChild(list, [0]).items)).toEqual([["a", [""]], ["b", ["b1", "b2"]], "c"]);
    expect(removeItem(list, [1, 1])).toMatchObject({ path: [1, 0] });
    expect(removeItem([item("x", [item("only")])], [0, 0])).toMatchObject({ path: [0], items: [item("x")] });
  });

  it("does not change the list it was given", () => {
    const copy = structuredClone(list);
    indentItem(list, [2]);
    outdentItem(list, [1, 1]);
    moveItem(list, [1], 1);
    removeItem(list, [1, 0]);
    expect(list).toEqual(copy);
  });
});
