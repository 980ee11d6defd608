import { describe, expect, it } from "vitest";
import { emptyFamily, type JobFamily } from "../../../lib/families/document";
import { exportPath, familyToMarkdown } from "../../../lib/families/markdown/export";
import { wordCoverage } from "../../../lib/families/markdown/words";
import { importLosslessly, importPage, page } from "./lossless";

describe("familyToMarkdown", () => {
  const source = page(
    `Overview text.

## Levels

### Analyst (AN)
Reports to the lead.

#### Analyst (AN) - Responsibilities
* Analyse

#### Analyst (AN) - Job Grade
The Analyst is a [grade 6](/handbook/grades/).

## Security Hiring Process
* 30 minute screen
`,
    'title: "Data Engineering"\ndescription: "What data engineers do."\ntags: [data, engineering]',
  );

  it("writes handbook markdown: front matter, then the usual headings or the source's wording", () => {
    const markdown = familyToMarkdown(importPage(source));
    expect(markdown).toBe(`---
title: Data Engineering
description: What data engineers do.
layout: job_family_page
tags:
  - data
  - engineering
---

Overview text.

## Levels

### Analyst (AN)

Reports to the lead.

#### Analyst (AN) - Job Grade

The Analyst is a [grade 6](/handbook/grades/).

#### Analyst (AN) - Responsibilities

* Analyse

## Security Hiring Process

* 30 minute screen
`);
  });

  it("is deterministic and re-imports to the same document", () => {
    const family = importLosslessly(source);
    expect(familyToMarkdown(structuredClone(family))).toBe(familyToMarkdown(family));
  });

  it("writes a grade or a reporting line set without prose that states them as a sentence", () => {
    const family: JobFamily = importPage(source);
    family.levels[0].intro = "Analyses data.";
    family.levels[0].gradeText = "";
    family.levels[0].grade = 7;
    family.levels[0].reportsTo = "reports to the Head of Data";
    const again = importPage(familyToMarkdown(family));
    expect(again.levels[0].grade).toBe(7);
    expect(again.levels[0].reportsTo).toBe("reports to the Head of Data");
  });

  it("keeps separate lists apart even when they would run together", () => {
    const family = emptyFamily("data", "analyst", "Analyst");
    const item = (text: string) => ({ kind: "item" as const, text, ordered: false, children: [] });
    family.requirements = [
      { kind: "group", text: "Tools", ordered: false, children: [item("Git")] },
      item("Curiosity"),
      { kind: "group", text: "", ordered: true, children: [item("First")] },
      { kind: "group", text: "", ordered: true, children: [item("Second")] },
    ];
    expect(importPage(familyToMarkdown(family)).requirements).toEqual(family.requirements);
  });

  it("names the file where the handbook keeps the page", () => {
    expect(exportPath(emptyFamily("product", "product-manager", "Product Manager"))).toBe(
      "job-families/product/product-manager/index.html.md",
    );
  });
});

describe("wordCoverage", () => {
  it("counts words as a multiset, link targets included, list markers not", () => {
    expect(wordCoverage("1. Ship [it](/a/b) ship", "* ship it ship [x](/a/b)")).toEqual({ ratio: 1, missing: [] });
    const lost = wordCoverage("Ship it, ship it [now](/fast)", "ship it");
    expect(lost.missing).toEqual(["fast", "it", "now", "ship"]);
    expect(lost.ratio).toBeCloseTo(2 / 6);
  });
});
