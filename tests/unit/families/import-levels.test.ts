import { describe, expect, it } from "vitest";
import { importLosslessly, page } from "./lossless";

const grade = (n: string) => `The role is a [grade ${n}](/handbook/grades/).`;

describe("levels, wherever the page puts them", () => {
  it("reads levels under `## Levels` with `<Level> - <Part>` sub-headings", () => {
    const family = importLosslessly(
      page(`Intro to the family.

## Levels

### Data Analyst (DA)
The Data Analyst reports to the [Data Lead](#data-lead).

#### Data Analyst (DA) - Job Grade
${grade("6")}

#### Data Analyst (DA) - Responsibilities
* Build dashboards

#### Data Analyst (DA) - Career Ladder
The next step is [Data Lead](#data-lead).

### Data Lead

#### Data Lead - Job Grade
${grade("8")}
`),
    );
    expect(family.overview).toBe("Intro to the family.");
    expect(family.levels.map((l) => [l.id, l.title, l.abbreviation, l.grade])).toEqual([
      ["data-analyst-da", "Data Analyst (DA)", "DA", 6],
      ["data-lead", "Data Lead", null, 8],
    ]);
    expect(family.levels[0].reportsTo).toBe("reports to the [Data Lead](#data-lead)");
    expect(family.levels[0].nextStep?.target).toEqual({ department: null, family: null, level: "data-lead" });
    expect(family.levels[0].headings).toBeUndefined();
  });

  it("takes levels at h2 under an h1 `# Levels`, and family parts nested in it", () => {
    const family = importLosslessly(
      page(`# Levels

## Junior Analyst

### Junior Analyst Job Grade
${grade("5")}

### Junior Analyst Responsibilities
* Clean data

## Hiring Process
* 30 minute call with a recruiter
`),
    );
    expect(family.levels.map((l) => l.title)).toEqual(["Junior Analyst"]);
    expect(family.levels[0].responsibilities.map((i) => i.text)).toEqual(["Clean data"]);
    expect(family.levels[0].headings).toEqual({
      grade: "Junior Analyst Job Grade",
      responsibilities: "Junior Analyst Responsibilities",
    });
    expect(family.hiringProcess).toEqual([{ kind: "stage", text: "30 minute call with a recruiter", durationMinutes: 30 }]);
  });

  it("recognises a level with no Levels heading by its Job Grade sub-heading, at h4 too", () => {
    const family = importLosslessly(
      page(`## Working here

### Roles

#### Platform Engineer
Builds the platform.

##### Job Grade
${grade("7")}

##### Technical
1. Knows the tools
`),
    );
    expect(family.levels.map((l) => [l.title, l.grade, l.intro])).toEqual([["Platform Engineer", 7, "Builds the platform."]]);
    // What sits under the grade heading belongs to the level and is kept as its section.
    expect(family.levels[0].sections).toEqual([{ heading: "Technical", body: "1. Knows the tools" }]);
    expect(family.sections.map((s) => s.heading)).toEqual(["Working here"]);
  });

  it("attaches a Job Grade heading written as the next sibling of its level", () => {
    const family = importLosslessly(
      page(`## Levels

### Staff Analyst

* Leads analysis across teams

### Job Grade

${grade("8")}

### Principal Analyst

### Job Grade

${grade("9")}
`),
    );
    expect(family.levels.map((l) => [l.title, l.grade, l.intro])).toEqual([
      ["Staff Analyst", 8, "* Leads analysis across teams"],
      ["Principal Analyst", 9, ""],
    ]);
  });

  it("splits a level nested in another one that states its own grade", () => {
    const family = importLosslessly(
      page(`## Lead Analyst

### Lead Analyst Job Grade
${grade("8")}

### Manager, Lead Analyst

The Manager, Lead Analyst is a [Grade 8.5](/handbook/grades/).

### Manager, Lead Analyst Responsibilities
* Runs the team
`),
    );
    expect(family.levels.map((l) => [l.title, l.grade])).toEqual([
      ["Lead Analyst", 8],
      ["Manager, Lead Analyst", 8.5],
    ]);
    expect(family.levels[1].responsibilities).toHaveLength(1);
  });

  it("keeps the page's title repeated as an h1 in the overview", () => {
    const family = importLosslessly(page("# Data Engineering\n\nWhat the team does.\n\n## Responsibilities\n* Ship\n"));
    expect(family.overview).toBe("# Data Engineering\n\nWhat the team does.");
    expect(family.responsibilities).toHaveLength(1);
  });
  it("keeps a heading without text under Levels as a section, not an untitled level", () => {
    const family = importLosslessly(page("## Levels\n\n###\n\nNotes.\n\n### Analyst\n\n#### Analyst - Job Grade\nA grade 6.\n"));
    expect(family.levels.map((l) => l.title)).toEqual(["Analyst"]);
    expect(family.sections).toEqual([{ heading: "", body: "Notes." }]);
  });
});

describe("renamed and reordered sections", () => {
  it("knows parts by the words in their heading and keeps the heading as written", () => {
    const family = importLosslessly(
      page(`## Analyst Hiring Process
* 45 Minute interview

## How you'll be measured
* Reports shipped

## Specializations

### Marketing data
Works with marketing.

## General Requirements for Analyst roles
* SQL

## Responsibilities for Analyst roles
* Analysis
`),
    );
    expect(family.headings).toEqual({
      hiringProcess: "Analyst Hiring Process",
      performanceIndicators: "How you'll be measured",
      specialties: "Specializations",
      requirements: "General Requirements for Analyst roles",
      responsibilities: "Responsibilities for Analyst roles",
    });
    expect(family.specialties.map((s) => [s.name, s.description])).toEqual([["Marketing data", "Works with marketing."]]);
    expect(family.requirements.map((i) => i.text)).toEqual(["SQL"]);
  });

  it("reads 'Specialities' too, and specialties of a level with their requirements", () => {
    const family = importLosslessly(
      page(`## Levels

### Analyst

#### Analyst - Job Grade
${grade("6")}

#### Analyst - Specialities

##### Finance
Works with finance.

**Requirements**
* Knows accounting
* Knows budgets

##### Sales

###### Requirements
* Knows the CRM

#### Analyst - Requirements
* Knows SQL
`),
    );
    const specialties = family.levels[0].specialties;
    expect(specialties.map((s) => [s.name, s.requirements.length])).toEqual([
      ["Finance", 2],
      ["Sales", 1],
    ]);
    expect(family.levels[0].requirements.map((i) => i.text)).toEqual(["Knows SQL"]);
    expect(family.levels[0].headings).toEqual({ specialties: "Analyst - Specialities" });
  });

  it("moves level indicators written under the family's Performance Indicators to the level", () => {
    const family = importLosslessly(
      page(`## Levels

### Lead Data Engineer

#### Lead Data Engineer - Job Grade
${grade("8")}

## Performance Indicators
1. Pipeline uptime
1. Data freshness

### Lead

#### Activities
* Design reviews

#### Performance Indicators
* Two reviews a month
`),
    );
    expect(family.performanceIndicators).toEqual([
      { kind: "group", text: "", ordered: true, children: [expect.objectContaining({ text: "Pipeline uptime" }), expect.objectContaining({ text: "Data freshness" })] },
    ]);
    expect(family.levels[0].performanceIndicators.map((g) => [g.kind, g.text, g.children.length])).toEqual([
      ["group", "Activities", 1],
      ["group", "Performance Indicators", 1],
    ]);
  });

  it("gives a level's indicators to the level named exactly before one that only starts the same", () => {
    const family = importLosslessly(
      page(`## Levels

### Analyst Lead

#### Job Grade
${grade("7")}

### Analyst

#### Job Grade
${grade("6")}

## Performance Indicators

### Analyst
* Reports on time
`),
    );
    expect(family.levels.map((l) => l.performanceIndicators.length)).toEqual([0, 1]);
    // The family's heading had nothing else under it: it stays, empty, so no word is lost.
    expect(family.sections).toEqual([{ heading: "Performance Indicators", body: "" }]);
  });

  it("keeps a second group for a level that already has indicators, under its own heading", () => {
    const family = importLosslessly(
      page(`## Levels

### Group Manager

#### Group Manager - Job Grade
${grade("9")}

## Performance Indicators
* Family-wide indicator

### Group Manager
* First indicator

### Group Manager
* Second indicator
`),
    );
    expect(family.levels[0].performanceIndicators.map((i) => i.text)).toEqual(["First indicator"]);
    expect(family.performanceIndicators.map((i) => [i.kind, i.text, i.children.map((c) => c.text)])).toEqual([
      ["item", "Family-wide indicator", []],
      ["group", "Group Manager", ["Second indicator"]],
    ]);
  });
});
