import { describe, expect, it } from "vitest";
import { durationMinutes } from "../../../lib/families/markdown/hiring";
import { gradeIn } from "../../../lib/families/markdown/level-facts";
import { importLosslessly, page } from "./lossless";

describe("job grades", () => {
  it.each([
    ["The Analyst is a [grade 6](/handbook/grades/).", 6],
    ["The Analyst is a [Grade 5](/handbook/grades/)", 5],
    ["The Analyst is a [grade 9.5](/handbook/grades/).", 9.5],
    ["The Analyst is grade #7.", 7],
    ["The Analyst has job grade [12](/handbook/grades/).", 12],
    ["The Analyst is a [grade](/handbook/grades/) 6 job.", 6],
    ["The Analyst is a grade 10.", 10],
    ["The grade of the Analyst is not set yet.", null],
  ])("%s → %s", (sentence, grade) => {
    expect(gradeIn(sentence)).toBe(grade);
    const family = importLosslessly(page(`## Levels\n\n### Analyst\n\n#### Analyst - Job Grade\n${sentence}\n`));
    expect(family.levels[0].gradeText).toBe(sentence);
    expect(family.levels[0].grade).toBe(grade);
  });
});

describe("hiring stages", () => {
  it.each([
    ["Schedule a 30 minute screening call", 30],
    ["A 45 Minute peer interview", 45],
    ["A 30-minute call with the manager", 30],
    ["Discuss your skills for 60 minutes", 60],
    ["You will have 2-3, 45 minute team interviews", 45],
    ["A 1 hour panel", 60],
    ["A 1.5 hours workshop", 90],
    ["This takes from 45 min to an hour", 45],
    ["Half an hour with the director", 30],
    ["Apply on the [jobs page](/jobs/2024/)", null],
  ])("%s → %s", (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
  });

  it("reads stages and notes in order, lifting stages nested under a lead-in", () => {
    const family = importLosslessly(
      page(`## Hiring Process
Candidates can be declined at any stage.

* Selected candidates will be invited to:
  1. A 30 minute screen
  1. A 50 minute interview
* Finally, a 1 hour talk with the CEO

### Round 2
- 45 Minute peer interview

Additional details are on the hiring page.
`),
    );
    expect(family.hiringProcess.map((s) => [s.kind, s.durationMinutes])).toEqual([
      ["note", null],
      ["stage", 30],
      ["stage", 50],
      ["stage", 60],
      ["note", null],
      ["stage", 45],
      ["note", null],
    ]);
    expect(family.hiringProcess[0].text).toBe("Candidates can be declined at any stage.\n\nSelected candidates will be invited to:");
    expect(family.hiringProcess[4].text).toBe("**Round 2**");
  });
});

describe("reporting lines and next steps", () => {
  it("reads the reporting line from the intro or the grade section", () => {
    const family = importLosslessly(
      page(`## Levels

### Analyst
The Analyst reports either to the [Data Lead](#data-lead) or the Sr. Director, Data. Works remotely.

#### Analyst - Job Grade
The Analyst is a grade 6.

### Data Lead

#### Data Lead - Job Grade
The Data Lead is a grade 8. The Data Lead reports directly to the VP, Data.
`),
    );
    expect(family.levels.map((l) => l.reportsTo)).toEqual([
      "reports either to the [Data Lead](#data-lead) or the Sr. Director, Data",
      "reports directly to the VP, Data",
    ]);
  });

  it.each([
    ["Move to [Data Lead](#data-lead).", { department: null, family: null, level: "data-lead" }],
    ["Move to the [VP job family](/job-families/data/vp-of-data).", { department: "data", family: "vp-of-data", level: null }],
    [
      "Move to [Head](https://about.example.com/job-families/data/platform/head-of-data/#director).",
      { department: "data", family: "platform--head-of-data", level: "director" },
    ],
    [
      "Move to [Backend](../backend-engineer/#senior), relative to this page.",
      { department: "engineering", family: "backend-engineer", level: "senior" },
    ],
    [
      "Move to [Frontend](/job-families/engineering/development/frontend/senior/index.html).",
      { department: "engineering", family: "development--frontend--senior", level: null },
    ],
    ["Read the [grades](/handbook/total-rewards/grades/) first, then ask.", null],
    ["The next step is not yet defined.", null],
  ])("%s", (text, target) => {
    const family = importLosslessly(
      page(`## Levels\n\n### Analyst\n\n#### Analyst - Job Grade\nA grade 6.\n\n#### Analyst - Career Ladder\n${text}\n`),
    );
    expect(family.levels[0].nextStep).toEqual({ text, target });
  });
});
