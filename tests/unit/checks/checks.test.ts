import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { completeness, requiredPhrase } from "../../../lib/checks/completeness";
import { inclusiveLanguage, wordListSources } from "../../../lib/checks/inclusive";
import list from "../../../lib/checks/inclusive-language.json";
import { brokenLinks } from "../../../lib/checks/links";
import { defaultSettings } from "../../../lib/checks/rules";
import { runChecks } from "../../../lib/checks/run";
import { type JobFamily, type Level, emptyFamily, emptyLevel } from "../../../lib/families/document";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { hasSharedData, referencePage } from "../../support/shared-data";

const item = (text: string) => ({ kind: "item" as const, text, ordered: false, children: [] });
const level = (id: string, patch: Partial<Level> = {}): Level => ({
  ...emptyLevel(id, id),
  grade: 5,
  responsibilities: [item("Own the roadmap")],
  requirements: [item("Ability to use GitLab")],
  hiringProcess: [{ kind: "stage", text: "Interview", durationMinutes: 30 }],
  performanceIndicators: [item("Delivery")],
  ...patch,
});
const family = (levels: Level[], patch: Partial<JobFamily> = {}): JobFamily => ({ ...emptyFamily("product", "pm", "PM"), levels, ...patch });

describe("completeness", () => {
  it("names each missing part of each level", () => {
    const findings = completeness(family([level("a"), level("b", { grade: null, responsibilities: [], hiringProcess: [] })]));
    expect(findings.map((f) => f.path)).toEqual(["levels.1.grade", "levels.1.responsibilities", "levels.1.hiringProcess"]);
  });

  it("counts the family-wide lists for every level", () => {
    expect(completeness(family([level("a", { requirements: [] })], { requirements: [item("Shared")] }))).toEqual([]);
  });

  it("wants the required phrase in each level's requirements unless the family states it", () => {
    const doc = family([level("a"), level("b", { requirements: [item("Something else")] })]);
    expect(requiredPhrase(doc, "Ability to use GitLab").map((f) => f.path)).toEqual(["levels.1.requirements"]);
    expect(requiredPhrase({ ...doc, requirements: [item("ability to use gitlab daily")] }, "Ability to use GitLab")).toEqual([]);
    expect(requiredPhrase(doc, "  ")).toEqual([]);
  });
});

describe("inclusive language", () => {
  it("points out coded words and pronouns with an alternative, in the field that has them", () => {
    const doc = family([level("a", { intro: "An aggressive, brilliant leader. He ships.", responsibilities: [item("Keep his team informed")] })]);
    const findings = inclusiveLanguage(doc);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ["levels.0.intro", "“aggressive” is masculine-coded; consider “proactive, energetic”"],
      ["levels.0.intro", "“brilliant” is fixed-mindset language; consider “skilled, thoughtful”"],
      ["levels.0.intro", "“He” is gendered language; consider “they”"],
      ["levels.0.responsibilities.0.text", "“his” is gendered language; consider “their”"],
    ]);
  });

  it("does not flag parts of words, link targets, code or identifiers", () => {
    const doc = family([level("he", { title: "Lead", intro: "The theme, `he`, [docs](/handbook/he/) and shelf; assertiveness training." })]);
    expect(inclusiveLanguage(doc).map((f) => f.message)).toEqual(["“assertiveness” is masculine-coded; consider “clear, confident in stating a view”"]);
  });

  it("cites a source for every word of the list", () => {
    for (const entry of list.entries) expect(wordListSources[entry.source], entry.match).toBeTruthy();
  });
});

describe("links", () => {
  const index = { "product/pm": ["a"], "engineering/infrastructure--sre": ["senior"] };

  it("finds links to families and levels that do not exist, and next steps that lead nowhere", () => {
    const doc = family([level("a", { intro: "See [PM](/job-families/product/nope/) and [SRE](/job-families/engineering/infrastructure/sre/) and [x](/job-families/product/pm/zzz)", nextStep: { text: "Next", target: { department: "product", family: "gone", level: "x" } } })]);
    expect(brokenLinks(doc, index).map((f) => [f.path, f.message])).toEqual([
      ["levels.0.intro", "Link to /job-families/product/nope/: no job family at /job-families/product/nope/"],
      ["levels.0.intro", "Link to /job-families/product/pm/zzz: no level “zzz” in product/pm"],
      ["levels.0.nextStep.target", "The next step leads to product/gone, which does not exist"],
    ]);
  });

  it("finds links to places the family's page does not have", () => {
    const doc = family([level("a", { intro: "See [its requirements](#a---requirements), [b](#b---requirements) and [all levels](#levels)" })]);
    expect(brokenLinks(doc, index).map((f) => [f.path, f.message])).toEqual([
      ["levels.0.intro", "Link to #b---requirements: the family's page has no such place"],
    ]);
  });

  it("knows the family being edited, with its new levels", () => {
    const doc = family([level("a"), level("b", { nextStep: { text: "", target: { department: null, family: null, level: "a" } } })]);
    expect(brokenLinks(doc, {})).toEqual([]);
  });
});

describe("all checks together", () => {
  it("rates each finding by the admin's mode and skips rules that are off", () => {
    const doc = family([level("a", { grade: null, intro: "A genius." })]);
    const settings = defaultSettings({ LADDER_REQUIRED_PHRASE: "" });
    settings.modes.completeness = "block";
    settings.modes["inclusive-language"] = "off";
    expect(runChecks(doc, settings, {}).map((f) => [f.rule, f.mode])).toEqual([["completeness", "block"]]);
  });

  it.skipIf(!hasSharedData)("on the reference family: complete, with the required phrase, and the links it really has", () => {
    const doc = parseFamilyMarkdown(readFileSync(referencePage), { file: "ref.md", department: "product", slug: "product-management-leadership" });
    const findings = runChecks(doc, defaultSettings(), {});
    expect(findings.filter((f) => f.rule === "required-phrase" || f.rule === "completeness")).toEqual([]);
  });
});
