import { describe, expect, it } from "vitest";
import { alignLists, flatten, similarity, tally, wordDiff } from "../../../lib/compare/align";
import { parseLevelReference } from "../../../lib/compare/load";
import { plainText } from "../../../lib/compare/plain-text";
import type { Item } from "../../../lib/families/document";

const item = (text: string, children: Item[] = [], kind: Item["kind"] = "item"): Item => ({ kind, text, ordered: false, children });

describe("aligning two levels' lists", () => {
  it("keeps common lines, pairs a reworded line with its counterpart and marks the words", () => {
    const rows = alignLists(
      [item("Coach Product Managers"), item("Own the roadmap for a **group** of [stages](/x)"), item("Hire well")],
      [item("Coach Product Managers"), item("Own the roadmap for a section of stages"), item("Set the strategy")],
    );
    expect(rows.map((r) => r.kind)).toEqual(["same", "reworded", "removed", "added"]);
    const reworded = rows[1];
    if (reworded.kind !== "reworded") throw new Error("expected a reworded row");
    expect(reworded.a.filter((s) => s.change === "removed").map((s) => s.text.trim())).toEqual(["group"]);
    expect(reworded.b.filter((s) => s.change === "added").map((s) => s.text.trim())).toEqual(["section"]);
    expect(tally(rows)).toEqual({ same: 1, reworded: 1, removed: 1, added: 1 });
  });

  it("reads groups as labels and nests children one step deeper", () => {
    const lines = flatten([item("**Team**", [item("Coach", [item("weekly")])], "group")]);
    expect(lines).toEqual([
      { text: "Team", depth: 0, label: true },
      { text: "Coach", depth: 0, label: false },
      { text: "weekly", depth: 1, label: false },
    ]);
  });

  it("handles one side empty", () => {
    expect(alignLists([], [item("New")]).map((r) => r.kind)).toEqual(["added"]);
    expect(alignLists([item("Old")], []).map((r) => r.kind)).toEqual(["removed"]);
    expect(alignLists([], [])).toEqual([]);
  });

  it("measures similarity by shared words and splits a word diff into the two sides", () => {
    expect(similarity("a b c", "a b c")).toBe(1);
    expect(similarity("a b", "c d")).toBe(0);
    expect(wordDiff("lead a team", "lead a group")).toEqual({
      a: [{ text: "lead a ", change: null }, { text: "team", change: "removed" }],
      b: [{ text: "lead a ", change: null }, { text: "group", change: "added" }],
    });
    expect(plainText("See [the **CDF**](/cdf) and `code` <br>")).toBe("See the CDF and code");
  });

  it("parses department/family/level references and refuses anything else", () => {
    expect(parseLevelReference("product/a--b/director-of-product")).toEqual({ department: "product", slug: "a--b", level: "director-of-product" });
    for (const bad of ["product/pm", "a/b/c/d", "Product/pm/x", "product/pm/", undefined, ["a/b/c"]]) expect(parseLevelReference(bad)).toBeNull();
  });
});
