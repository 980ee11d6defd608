import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyFamily, emptyLevel } from "../../../lib/families/document";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { describeLadder, layoutLadder, nodeHeight, wrap } from "../../../lib/ladder/layout";
import { hasSharedData, referencePage } from "../../support/shared-data";

describe("the drawn ladder", () => {
  const family = {
    ...emptyFamily("product", "pm", "PM"),
    levels: [
      { ...emptyLevel("pm", "Product Manager"), grade: 7, nextStep: { text: "", target: { department: null, family: null, level: "senior" } } },
      { ...emptyLevel("senior", "Senior Product Manager"), grade: 8, reportsTo: "reports to a [Director](/job-families/product/leadership/#director)", nextStep: { text: "", target: { department: "product", family: "leadership", level: "director" } } },
      { ...emptyLevel("intern", "Intern"), reportsTo: "reports to a [PM](#pm)" },
    ],
  };
  const ladder = layoutLadder(family, new Map([["product/leadership", "Leadership"]]));

  it("puts higher grades above lower ones, other families on top and ungraded levels at the bottom", () => {
    const y = (key: string) => ladder.nodes.find((n) => n.key === key)!.y;
    expect(y("product/leadership#director")).toBeLessThan(y("product/pm#senior"));
    expect(y("product/pm#senior")).toBeLessThan(y("product/pm#pm"));
    expect(y("product/pm#pm")).toBeLessThan(y("product/pm#intern"));
    for (const node of ladder.nodes) expect(node.y + nodeHeight(node)).toBeLessThanOrEqual(ladder.height);
  });

  it("links every node to its level page, also in another family, and draws both kinds of arrow", () => {
    expect(ladder.nodes.map((n) => n.href)).toEqual([
      "/job-families/product/leadership/director",
      "/job-families/product/pm/senior",
      "/job-families/product/pm/pm",
      "/job-families/product/pm/intern",
    ]);
    expect(ladder.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual([
      "product/pm#pm next product/pm#senior",
      "product/pm#senior next product/leadership#director",
      "product/pm#senior reports product/leadership#director",
      "product/pm#intern reports product/pm#pm",
    ]);
    expect(describeLadder(ladder)).toContain("Product Manager — next step: Senior Product Manager");
  });

  it("wraps long titles into at most three lines", () => {
    expect(wrap("Senior Director of Product Management", 170)).toEqual(["Senior Director of", "Product Management"]);
    expect(wrap("a ".repeat(80), 100)).toHaveLength(3);
  });

  it.skipIf(!hasSharedData)("draws the reference family: five levels, two at grade 12 side by side, VP family above", () => {
    const ref = parseFamilyMarkdown(readFileSync(referencePage), { file: "ref", department: "product", slug: "product-management-leadership" });
    const drawn = layoutLadder(ref, new Map());
    const levels = drawn.nodes.filter((n) => !n.external);
    expect(levels).toHaveLength(5);
    const vps = levels.filter((n) => n.grade === 12);
    expect(vps[0].y).toBe(vps[1].y);
    expect(drawn.nodes.filter((n) => n.external).map((n) => n.title)).toEqual(expect.arrayContaining(["Vp of Product Management"]));
    expect(drawn.edges.filter((e) => e.kind === "next")).toHaveLength(3);
  });
});
