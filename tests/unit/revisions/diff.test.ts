import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyFamily } from "../../../lib/families/document";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { changeSizes, describeCounts, diffDocuments } from "../../../lib/revisions/diff";
import { matchTexts } from "../../../lib/revisions/match";
import { rawMarkdownDiff } from "../../../lib/revisions/raw-diff";
import { side, wordDiff } from "../../../lib/revisions/words";
import { hasSharedData, missingSharedDataReason, referencePage } from "../../support/shared-data";
import { family, item, level } from "./fixtures";

describe("matching list entries", () => {
  it("tells same, moved, changed, added and removed apart", () => {
    const before = ["alpha beta gamma", "delta epsilon", "zeta eta theta", "iota kappa"];
    const after = ["delta epsilon", "alpha beta gamma", "zeta eta theta iota", "new entry entirely"];
    const kinds = matchTexts(before, after).map((m) => m.kind);
    expect(kinds.filter((k) => k === "moved")).toHaveLength(1);
    expect(kinds.filter((k) => k === "changed")).toHaveLength(1);
    expect(kinds.filter((k) => k === "added")).toHaveLength(1);
    expect(kinds.filter((k) => k === "removed")).toHaveLength(1);
    expect(kinds.filter((k) => k === "same")).toHaveLength(1);
  });

  it("does not call an unrelated replacement an edit", () => {
    expect(matchTexts(["Hire great people"], ["Write the quarterly plan"]).map((m) => m.kind)).toEqual(["removed", "added"]);
  });
});

describe("word-level highlights", () => {
  it("marks only the words that changed and keeps both texts whole", () => {
    const parts = wordDiff("Ten years of product experience", "Eight years of product experience");
    expect(parts.filter((p) => p.op !== "same").map((p) => [p.op, p.text.trim()])).toEqual([
      ["removed", "Ten"],
      ["added", "Eight"],
    ]);
    expect(side(parts, "before").map((p) => p.text).join("")).toBe("Ten years of product experience");
    expect(side(parts, "after").map((p) => p.text).join("")).toBe("Eight years of product experience");
  });
});

describe("structured diff", () => {
  it("reports nothing for identical documents", () => {
    expect(diffDocuments(family(), family())).toEqual({ counts: { added: 0, removed: 0, changed: 0, moved: 0 }, groups: [] });
  });

  it("says where and what: level → section, added and changed items with word highlights", () => {
    const after = family();
    const director = after.levels[0];
    director.requirements[0] = item("Eight years of product experience");
    director.requirements.push(item("Hired and grown product managers"), item("Presented to the board"));
    const diff = diffDocuments(family(), after);
    expect(changeSizes(diff)).toEqual([{ place: "Director → Requirements", added: 2, removed: 0, changed: 1, moved: 0 }]);
    const [changed] = diff.groups[0].changes;
    expect(changed).toMatchObject({ kind: "changed", subject: "Item", from: 1, to: 1, before: "Ten years of product experience" });
    expect(changed.words?.find((w) => w.op === "added")?.text.trim()).toBe("Eight");
    expect(`${diff.groups[0].place}: ${describeCounts(diff.groups[0].counts)}`).toBe("Director → Requirements: 2 added, 1 changed");
  });

  it("reports a moved item and a removed one in the family's own lists", () => {
    const after = family();
    after.responsibilities.reverse();
    after.levels[0].requirements.splice(1, 1);
    const diff = diffDocuments(family(), after);
    expect(changeSizes(diff)).toEqual([
      { place: "Responsibilities", added: 0, removed: 0, changed: 0, moved: 1 },
      { place: "Director → Requirements", added: 0, removed: 1, changed: 0, moved: 0 },
    ]);
    // Swapping two entries is one move (which of the two is a matter of taste).
    const [move] = diff.groups[0].changes;
    expect(move.kind).toBe("moved");
    expect([move.from, move.to].sort()).toEqual([1, 2]);
  });

  it("reports a whole level added or removed once, not item by item, and text fields by name", () => {
    const after = family();
    after.levels.splice(1, 1, level("senior-director", "Senior Director", { requirements: [item("x"), item("y")] }));
    after.levels[0].intro = "Directors lead a whole section.";
    after.overview = "";
    const diff = diffDocuments(family(), after);
    const byPlace = Object.fromEntries(diff.groups.map((g) => [g.place, g.changes.map((c) => [c.kind, c.subject, c.before, c.after])]));
    expect(byPlace.Levels).toEqual([
      ["removed", "Level", "VP of Product", null],
      ["added", "Level", null, "Senior Director"],
    ]);
    expect(byPlace.Director).toEqual([["changed", "Introduction", "Directors lead a section.", "Directors lead a whole section."]]);
    expect(byPlace.Overview).toEqual([["removed", "Overview", "Product leaders hire and coach product managers.", null]]);
    expect(Object.keys(byPlace)).not.toContain("Senior Director → Requirements");
  });

  it("reports reordered levels as moved", () => {
    const after = family();
    after.levels.reverse();
    expect(changeSizes(diffDocuments(family(), after))).toEqual([{ place: "Levels", added: 0, removed: 0, changed: 0, moved: 1 }]);
  });

  it("shows a first revision as everything added", () => {
    const doc = family();
    const diff = diffDocuments(emptyFamily(doc.department, doc.slug, ""), doc);
    expect(diff.counts.removed).toBe(0);
    expect(diff.groups.map((g) => g.place)).toContain("Levels");
  });
});

describe("raw markdown diff", () => {
  it("line-diffs the two exports and folds unchanged stretches", () => {
    const after = family();
    after.levels[0].requirements[0] = item("Eight years of product experience");
    const lines = rawMarkdownDiff(family(), after, 1);
    expect(lines.filter((l) => l.op === "removed").map((l) => "text" in l && l.text)).toEqual(["* Ten years of product experience"]);
    expect(lines.filter((l) => l.op === "added").map((l) => "text" in l && l.text)).toEqual(["* Eight years of product experience"]);
    expect(lines.some((l) => l.op === "gap")).toBe(true);
  });
});

describe.skipIf(!hasSharedData)("on the reference page", () => {
  it("finds a word changed inside one requirement of one level", () => {
    const before = parseFamilyMarkdown(readFileSync(referencePage), { file: referencePage, department: "product", slug: "pml" });
    const after = structuredClone(before);
    const target = after.levels.find((l) => l.requirements.some((r) => r.kind === "item"))!;
    const index = target.requirements.findIndex((r) => r.kind === "item");
    target.requirements[index] = { ...target.requirements[index], text: `${target.requirements[index].text} (edited)` };
    const diff = diffDocuments(before, after);
    expect(changeSizes(diff)).toEqual([{ place: `${target.title} → Requirements`, added: 0, removed: 0, changed: 1, moved: 0 }]);
  });
});
if (!hasSharedData) console.warn(missingSharedDataReason);
