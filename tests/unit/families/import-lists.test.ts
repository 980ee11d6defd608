import { describe, expect, it } from "vitest";
import { jobFamilySchema } from "../../../lib/families/document";
import { familyToMarkdown } from "../../../lib/families/markdown/export";
import { importLosslessly, importPage, page } from "./lossless";

const item = (text: string, children: object[] = [], ordered = false) => ({ kind: "item", text, ordered, children });
const note = (text: string) => ({ kind: "note", text, ordered: false, children: [] });
const group = (text: string, children: object[], ordered = false) => ({ kind: "group", text, ordered, children });

describe("list entries", () => {
  it("reads nested bullets, keeping each item's markdown and joining wrapped lines", () => {
    const family = importLosslessly(
      page(`## Responsibilities
* Own the [pipeline](/handbook/pipeline/) end to end
  * Monitor **every** job
    * Page on failure
* Review designs that span
  several teams
`),
    );
    expect(family.responsibilities).toEqual([
      item("Own the [pipeline](/handbook/pipeline/) end to end", [item("Monitor **every** job", [item("Page on failure")])]),
      item("Review designs that span\nseveral teams"),
    ]);
  });

  it("reads a bold line above a list as a labelled group, and prose as notes", () => {
    const family = importLosslessly(
      page(`## Responsibilities
Everyone on the team:

**Team work**
* Pair with peers
* Share findings

_Please note: on-call is optional._
`),
    );
    expect(family.responsibilities).toEqual([
      note("Everyone on the team:"),
      group("Team work", [item("Pair with peers"), item("Share findings")]),
      note("_Please note: on-call is optional._"),
    ]);
  });

  it("says when children are numbered, and keeps a numbered list at the top as an unlabelled group", () => {
    const family = importLosslessly(
      page(`## Requirements
* Experience with:
  1. Spark
  1. Airflow

1. First numbered
1. Second numbered

- A bullet again
`),
    );
    expect(family.requirements).toEqual([
      item("Experience with:", [item("Spark"), { ...item("Airflow"), number: 1 }], true),
      group("", [item("First numbered"), { ...item("Second numbered"), number: 1 }], true),
      item("A bullet again"),
    ]);
  });

  it("keeps the numbers of a numbered list as the source wrote them", () => {
    const source = page(`## Requirements
* Steps written all as one:
  1. Plan
  1. Build
  1. Ship
* Steps counted:
  1. Plan
  2. Build
  3. Ship
* Steps from three (a list that does not start at 1 cannot interrupt a paragraph):

  3. Plan
  4. Build
  10. Ship
`);
    const family = importLosslessly(source);
    const [one, counted, three] = family.requirements;
    expect(one.children.map((c) => c.number)).toEqual([undefined, 1, 1]);
    expect(counted.children.map((c) => c.number)).toEqual([undefined, undefined, undefined]);
    expect(three.children.map((c) => c.number)).toEqual([3, undefined, 10]);
    const exported = familyToMarkdown(family);
    expect(exported).toContain("  1. Plan\n  1. Build\n  1. Ship");
    expect(exported).toContain("  1. Plan\n  2. Build\n  3. Ship");
    expect(exported).toContain("  3. Plan\n  4. Build\n  10. Ship");
  });

  it("numbers a numbered list that records no numbers (older revisions, forms) 1, 2, 3", () => {
    const family = importPage(page("## Requirements\n* Steps:\n  1. Plan\n  2. Build\n"));
    expect(jobFamilySchema.safeParse(family).success).toBe(true);
    expect(familyToMarkdown(family)).toContain("  1. Plan\n  2. Build");
  });

  it("keeps bullets and numbers mixed under one item", () => {
    const family = importLosslessly(page("## Requirements\n* Tools\n  * Git\n  1. Docker\n"));
    expect(family.requirements).toEqual([item("Tools", [item("Git"), group("", [item("Docker")], true)])]);
  });

  it("turns sub-headings of a list part into groups", () => {
    const family = importLosslessly(
      page(`## Performance Indicators
Shared by every role.

### Analyst (Finance)
* Close on time

### Analyst (Sales)
Measured quarterly.

* Forecast accuracy
`),
    );
    expect(family.performanceIndicators).toEqual([
      note("Shared by every role."),
      group("Analyst (Finance)", [item("Close on time")]),
      group("Analyst (Sales)", [note("Measured quarterly."), item("Forecast accuracy")]),
    ]);
  });

  it("keeps lists it cannot model (task lists) as notes, verbatim", () => {
    const family = importLosslessly(page("## Requirements\n- [x] Laptop\n- [ ] Badge\n"));
    expect(family.requirements).toEqual([note("- [x] Laptop\n- [ ] Badge")]);
  });
});

describe("what the structure does not model is kept verbatim", () => {
  it("keeps tables, HTML, template tags and kramdown attributes where they stand", () => {
    const source = page(`<figure class="video">
  <iframe src="https://example.com/embed/abc"></iframe>
</figure>

## On this page
{:.no_toc}

- TOC
{:toc}

## Responsibilities
* Build reports

| Role | Grade |
| --- | --- |
| [Analyst](#analyst) | 6 |

<%= partial("includes/data_responsibilities") %>

## Levels

### Analyst

The analyst extends the intern role.

***

Some analysts move to management.

***

#### Analyst - Job Grade
The Analyst is a [grade 6](/handbook/grades/).
`);
    const family = importLosslessly(source);
    expect(family.overview).toContain('<iframe src="https://example.com/embed/abc"></iframe>');
    expect(family.sections).toEqual([{ heading: "On this page", body: "{:.no_toc}\n\n- TOC\n{:toc}" }]);
    expect(family.responsibilities).toEqual([
      item("Build reports"),
      note('| Role | Grade |\n| --- | --- |\n| [Analyst](#analyst) | 6 |\n\n<%= partial("includes/data_responsibilities") %>'),
    ]);
    expect(family.levels[0].intro).toBe(
      "The analyst extends the intern role.\n\n***\n\nSome analysts move to management.\n\n***",
    );
  });

  it("keeps an unknown section with its sub-headings, and lifts the family's parts out of it", () => {
    const family = importLosslessly(
      page(`# About the work

## Day to day
Plenty of SQL.

#### On call
Weekly rotation.

## Hiring Process
* 50 minute panel
`),
    );
    expect(family.sections).toEqual([
      { heading: "About the work", body: "### Day to day\n\nPlenty of SQL.\n\n#### On call\n\nWeekly rotation." },
    ]);
    expect(family.hiringProcess).toEqual([{ kind: "stage", text: "50 minute panel", durationMinutes: 50 }]);
  });

  it("keeps a heading that is empty or repeated", () => {
    const family = importLosslessly(page("## Requirements\n\n## Career Ladder\nUp.\n\n## Career Ladder\nSideways.\n"));
    expect(family.careerLadder).toBe("Up.");
    expect(family.sections).toEqual([
      { heading: "Requirements", body: "" },
      { heading: "Career Ladder", body: "Sideways." },
    ]);
  });

  it("reads deeply nested lists in linear time, each sub-list once", () => {
    // Reading each sub-list three times made 16 levels take minutes; 30 levels must be instant.
    const depth = 30;
    const lines = Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}* item ${i}`);
    const family = importLosslessly(page(`## Responsibilities\n\n${lines.join("\n")}\n`));
    const words: string[] = [];
    let level = family.responsibilities;
    while (level.length > 0) {
      expect(level).toHaveLength(1);
      words.push(level[0].text);
      level = level[0].children;
    }
    expect(words).toEqual(Array.from({ length: depth }, (_, i) => `item ${i}`));
  });

  it("exports item text with a line that looks like a list marker so that it stays text", () => {
    // `    1. q2` is too shallow for q1's content and too deep to start an item: it continues q1's text.
    const family = importLosslessly(page("## Requirements\n\n1. q0\n  1. q1\n    1. q2\n      1. q3\n"));
    expect(family.requirements[0].children.map((i) => i.text)).toEqual(["q0", "q1\n1. q2"]);
    expect(family.requirements[0].children[1].children.map((i) => i.text)).toEqual(["q3"]);
  });
});
