import { describe, expect, it } from "vitest";
import type { JobFamily } from "../../../lib/families/document";
import {
  type BlameInput,
  type BlamedList,
  advanceBlame,
  blameRevisions,
  compactBlame,
  emptyBlame,
  expandBlame,
} from "../../../lib/revisions/blame";
import { family, item } from "./fixtures";

const at = (n: number) => new Date(Date.UTC(2026, 0, n));
const revision = (number: number, authorName: string, document: JobFamily): BlameInput => ({ number, authorName, createdAt: at(number), document });

function authorsOf(list: BlamedList | undefined) {
  return list?.entries.map((e) => [e.text, e.by.author, e.by.revision]);
}

describe("blame", () => {
  const first = family();
  const second = structuredClone(first);
  second.levels[0].requirements[1] = item("Led a team of product managers");
  second.responsibilities.reverse();
  const third = structuredClone(second);
  third.levels[0].requirements.push(item("Comfortable with numbers"));
  third.levels[0].intro = "Directors lead a whole section.";

  it("credits every item to the revision that last changed it, carrying moves and untouched items", () => {
    const state = blameRevisions([revision(1, "import", first), revision(2, "manager@example.com", second), revision(3, "admin@example.com", third)]);
    expect(state.revision).toBe(3);
    expect(authorsOf(state.nodes.get("level:director.requirements") as BlamedList)).toEqual([
      ["Ten years of product experience", "import", 1],
      ["Led a team of product managers", "manager@example.com", 2],
      ["Strong written communication", "import", 1],
      ["Comfortable with numbers", "admin@example.com", 3],
    ]);
    // Reordering is not authorship.
    expect(authorsOf(state.nodes.get(".responsibilities") as BlamedList)?.map((e) => e[1])).toEqual(["import", "import"]);
    const intro = state.nodes.get("level:director.intro");
    expect(intro?.type === "text" && [intro.by.author, intro.by.revision]).toEqual(["admin@example.com", 3]);
    const title = state.nodes.get("level:director.title");
    expect(title?.type === "text" && title.by.revision).toBe(1);
  });

  it("gives the same answer walked in one go or step by step from a kept state", () => {
    const all = [revision(1, "a", first), revision(2, "b", second), revision(3, "c", third)];
    const by = { revision: 3, author: "c", at: at(3) };
    const stepwise = advanceBlame(blameRevisions(all.slice(0, 2)), 3, third, by);
    expect(stepwise).toEqual(blameRevisions(all));
    expect(blameRevisions([], emptyBlame()).revision).toBe(0);
  });

  it("credits text restored from an old revision to the restore, since that revision wrote it back", () => {
    const state = blameRevisions([revision(1, "a", first), revision(2, "b", second), revision(3, "admin", first)]);
    expect(authorsOf(state.nodes.get("level:director.requirements") as BlamedList)?.[1]).toEqual(["Led a team of managers", "admin", 3]);
  });

  it("stores a revision's blame as revision numbers that fit only its own document", () => {
    let state = emptyBlame<number>();
    for (const [n, doc] of [first, second, third].entries()) state = advanceBlame(state, n + 1, doc, n + 1);
    const stored = compactBlame(state);
    expect(stored["level:director.requirements"]).toEqual([1, 2, 1, 3]);
    expect(stored["level:director.intro"]).toBe(3);
    // Through JSON, as the database keeps it, it gives back the same state.
    expect(expandBlame(3, third, JSON.parse(JSON.stringify(stored)))).toEqual(state);
    // Attributions of another document (a list of another length) are refused, not misapplied.
    expect(expandBlame(2, second, stored)).toBeNull();
  });
});
