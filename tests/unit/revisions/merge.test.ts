import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyFamily } from "../../../lib/families/document";
import { deepEqual, getAtPath, mergeDocuments, pathName, setAtPath } from "../../../lib/revisions/merge";

const level = (id: string, title = id) => ({ id, title, grade: 1 });

describe("three-way merge", () => {
  it("combines changes to different fields", () => {
    const base = emptyFamily("product", "pm", "PM");
    const mine = { ...base, description: "mine" };
    const theirs = { ...base, overview: "theirs" };
    expect(mergeDocuments(base, mine, theirs)).toEqual({ merged: { ...base, description: "mine", overview: "theirs" }, conflicts: [] });
  });

  it("reports the same field changed differently, keeping mine in the result", () => {
    const base = { title: "Base", a: 1 };
    const { merged, conflicts } = mergeDocuments(base, { title: "Mine", a: 1 }, { title: "Theirs", a: 2 });
    expect(merged).toEqual({ title: "Mine", a: 2 });
    expect(conflicts).toEqual([{ path: ["title"], base: "Base", mine: "Mine", theirs: "Theirs" }]);
  });

  it("merges list entries edited in different places, and insertions at different places", () => {
    const base = ["a", "b", "c", "d"];
    expect(mergeDocuments(base, ["a", "B", "c", "d"], ["a", "b", "c", "D"]).merged).toEqual(["a", "B", "c", "D"]);
    expect(mergeDocuments(base, ["x", "a", "b", "c", "d"], ["a", "b", "c", "d", "y"]).merged).toEqual(["x", "a", "b", "c", "d", "y"]);
    expect(mergeDocuments(base, ["a", "c", "d"], ["a", "b", "c", "d", "y"]).merged).toEqual(["a", "c", "d", "y"]);
  });

  it("merges nested items entry by entry when both edited the same stretch", () => {
    const item = (text: string, children: unknown[] = []) => ({ kind: "item", text, ordered: false, children });
    const base = [item("one", [item("1a")]), item("two")];
    const mine = [item("one!", [item("1a")]), item("two")];
    const theirs = [item("one", [item("1a"), item("1b")]), item("two")];
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual([item("one!", [item("1a"), item("1b")]), item("two")]);
  });

  it("conflicts on a list stretch both rewrote differently, as a choice of the whole list", () => {
    const { merged, conflicts } = mergeDocuments(["a", "b"], ["a", "x", "y"], ["a", "z"]);
    expect(merged).toEqual(["a", "x", "y"]);
    expect(conflicts.map((c) => pathName(c.path))).toEqual([""]);
  });

  it("matches levels by id: one edits a level while the other reorders and adds", () => {
    const base = [level("a"), level("b")];
    const mine = [level("a", "A!"), level("b")];
    const theirs = [level("b"), level("a"), level("c")];
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual([level("b"), level("a", "A!"), level("c")]);
  });

  it("keeps an entry one side removed while the other changed it, as a conflict", () => {
    const base = [level("a"), level("b")];
    const { merged, conflicts } = mergeDocuments(base, [level("a")], [level("a"), level("b", "B!")]);
    expect(merged).toEqual([level("a"), level("b", "B!")]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: [1], mine: undefined, theirs: level("b", "B!") });
  });

  it("resolving every conflict by setting its path yields the chosen side", () => {
    const base = { title: "t", levels: [level("a")] };
    const { merged, conflicts } = mergeDocuments(base, { title: "m", levels: [level("a", "m")] }, { title: "x", levels: [level("a", "x")] });
    const theirsEverywhere = conflicts.reduce((doc, c) => setAtPath(doc, c.path, c.theirs), merged);
    expect(theirsEverywhere).toEqual({ title: "x", levels: [level("a", "x")] });
    expect(getAtPath(merged, ["levels", 0, "title"])).toBe("m");
  });
});

describe("three-way merge properties", () => {
  const json = fc.jsonValue({ maxDepth: 4 });

  it("takes the only side that changed, and agrees with itself", () => {
    fc.assert(
      fc.property(json, json, (base, other) => {
        expect(mergeDocuments(base, base, other)).toEqual({ merged: other, conflicts: [] });
        expect(mergeDocuments(base, other, base)).toEqual({ merged: other, conflicts: [] });
        expect(mergeDocuments(base, other, other)).toEqual({ merged: other, conflicts: [] });
      }),
    );
  });

  it("without conflicts, keeps every change of either side to disjoint fields", () => {
    const record = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 6 });
    fc.assert(
      fc.property(record, record, record, (base, mineChanges, theirChanges) => {
        const theirs = Object.fromEntries(Object.entries(theirChanges).filter(([k]) => !(k in mineChanges)));
        const mine = { ...base, ...mineChanges };
        const theirsDoc = { ...base, ...theirs };
        const { merged, conflicts } = mergeDocuments(base, mine, theirsDoc);
        expect(conflicts).toEqual([]);
        for (const [k, v] of Object.entries(mineChanges)) expect(deepEqual((merged as Record<string, unknown>)[k], v)).toBe(true);
        for (const [k, v] of Object.entries(theirs)) expect(deepEqual((merged as Record<string, unknown>)[k], v)).toBe(true);
      }),
    );
  });

  it("never loses mine: taking mine at every conflict gives a result that has every change of mine", () => {
    fc.assert(
      fc.property(json, json, json, (base, mine, theirs) => {
        const { merged, conflicts } = mergeDocuments(base, mine, theirs);
        const mineEverywhere = conflicts.reduce((doc, c) => setAtPath(doc, c.path, c.mine), merged);
        // Merging theirs into mine again changes nothing of mine that conflicted.
        for (const c of conflicts) expect(deepEqual(getAtPath(mineEverywhere, c.path), c.mine)).toBe(true);
        if (conflicts.length === 0 && deepEqual(base, theirs)) expect(merged).toEqual(mine);
      }),
    );
  });
});
