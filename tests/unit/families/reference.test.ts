import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Item, JobFamily, Level } from "../../../lib/families/document";
import { familyLocation, parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { hasSharedData, missingSharedDataReason, referencePage } from "../../support/shared-data";

const texts = (items: Item[]) => items.map((i) => i.text);
const durations = (level: Level) => level.hiringProcess.filter((s) => s.kind === "stage").map((s) => s.durationMinutes);

// Skipped, not failed, on a machine without the reference data: missingSharedDataReason says why.
describe.skipIf(!hasSharedData)(`the reference page, Product Management - Leadership (${hasSharedData ? "" : missingSharedDataReason})`, () => {
  let family: JobFamily;
  let level: (title: string) => Level;
  beforeAll(() => {
    family = parseFamilyMarkdown(readFileSync(referencePage), { file: "product-management-leadership.md", ...familyLocation(referencePage) });
    level = (title) => family.levels.find((l) => l.title === title)!;
  });

  it("is the general family product-management-leadership with its front matter", () => {
    expect([family.department, family.slug, family.title]).toEqual(["general", "product-management-leadership", "Product Management - Leadership"]);
    expect(family.description).toBe("This job family represents all Managers in the Product Management department.");
    expect(family.frontMatter).toEqual({ layout: "job_family_page" });
    expect(family.overview).toMatch(/^This job family represents all Managers .*\(\/handbook\/product\/product-leadership\/#product-organizational-structure\)\)\.$/);
    expect(family.headings).toBeUndefined();
  });

  it("has five levels in order, with abbreviation and grades", () => {
    expect(family.levels.map((l) => [l.id, l.title, l.abbreviation, l.grade])).toEqual([
      ["group-manager-product-gmp", "Group Manager, Product (GMP)", "GMP", 9.5],
      ["director-of-product-management", "Director of Product Management", null, 10],
      ["senior-director-of-product-management", "Senior Director of Product Management", null, 11],
      ["vp-of-product-management", "VP of Product Management", null, 12],
      ["vp-of-product-monetization", "VP of Product Monetization", null, 12],
    ]);
    expect(level("Group Manager, Product (GMP)").gradeText).toBe(
      "The Group Manager, Product is a [grade 9.5](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).",
    );
  });

  it("has each level's hiring stages with their durations", () => {
    expect(durations(level("Group Manager, Product (GMP)"))).toEqual([30, 60, 45, 45, 45, 45]);
    expect(durations(level("Director of Product Management"))).toEqual([30, 60, 45, 45, 45, 45, 45, 50]);
    expect(durations(level("VP of Product Management"))).toEqual([null, 30, 50, 50, 50, 50, 50]);
    const vp = level("VP of Product Management").hiringProcess;
    expect(vp[0]).toMatchObject({ kind: "note", text: expect.stringMatching(/^Candidates for this position can expect/) });
    expect(vp[1]).toEqual({ kind: "stage", text: "Apply on the GitLab Jobs [page](/jobs/)", durationMinutes: null });
    expect(level("VP of Product Monetization").hiringProcess.at(-1)).toMatchObject({
      kind: "note",
      text: "Additional details about our process can be found on our [hiring page](/handbook/hiring/).",
    });
  });

  it("has the levels' specialties with their requirements", () => {
    const specialties = (title: string) => level(title).specialties.map((s) => [s.name, s.requirements.length]);
    expect(specialties("Group Manager, Product (GMP)")).toEqual([["Verify", 0], ["Enablement", 3], ["Fulfillment", 2]]);
    expect(specialties("Director of Product Management")).toEqual([["Secure & Protect", 0], ["Growth", 0], ["Enablement", 0]]);
    expect(specialties("Senior Director of Product Management")).toEqual([["Dev", 0], ["Sec", 0], ["Ops", 0]]);
    const enablement = level("Group Manager, Product (GMP)").specialties[1];
    expect(enablement.description).toMatch(/^Responsible for the \[Geo\]/);
    expect(texts(enablement.requirements)[0]).toBe("Demonstrated understanding of software systems, distributed systems a plus");
  });

  it("has the family-wide references, responsibilities, requirements and performance indicators", () => {
    expect(family.references).toHaveLength(6);
    expect(family.references[0].text).toBe("[Product Handbook](/handbook/product/)");
    expect(family.responsibilities).toHaveLength(7);
    expect(family.responsibilities[2].text).toBe("Distill the overall vision into a compelling roadmap");
    expect(family.requirements).toHaveLength(8);
    expect(family.requirements[7].text).toBe("[Leadership at GitLab](/company/team/structure/#director-group)");

    const [intro, numbered, after] = family.performanceIndicators;
    expect(intro).toMatchObject({ kind: "note", text: expect.stringMatching(/^Product Leadership is responsible .* to achieve:$/) });
    expect(numbered).toMatchObject({ kind: "group", text: "", ordered: true });
    expect(numbered.children).toHaveLength(5);
    expect(numbered.children[0].text).toBe("Their [relevant Product Performance Indicators](/handbook/product/performance-indicators/#structure)");
    expect(numbered.children[4].text).toMatch(/^IACV attained by assigned/);
    expect(after).toMatchObject({ kind: "note", text: "In addition, some roles have role-specific activities and performance indicators." });
    expect(family.performanceIndicators).toHaveLength(3);
  });

  it("gives the Group Manager its activities and indicators, as two groups", () => {
    const gmp = level("Group Manager, Product (GMP)");
    expect(gmp.performanceIndicators.map((g) => [g.kind, g.text, g.children.length])).toEqual([
      ["group", "Activities", 2],
      ["group", "Performance Indicators", 2],
    ]);
    expect(texts(gmp.performanceIndicators[1].children)).toEqual([
      "1 per quarter adjacencies analysis for Stage OR",
      "1 per quarter cross-stage opportunity canvas",
    ]);
  });

  it("reads the Group Manager's responsibilities: a labelled group, then a note", () => {
    const gmp = level("Group Manager, Product (GMP)");
    const [team, note] = gmp.responsibilities;
    expect([team.kind, team.text, team.children.length]).toEqual(["group", "Team responsibilities", 13]);
    expect(note).toMatchObject({ kind: "note", text: expect.stringMatching(/^_Please note: If the Group Manager has less than 4 direct reports/) });
    expect(gmp.responsibilities).toHaveLength(2);
    expect(texts(gmp.requirements)).toEqual([
      "1-3 years experience managing others",
      "4-6 years of experience in product management",
      "Additional requirements are outlined in the [Product Management Career Development Framework](/handbook/product/product-manager-role/product-CDF-competencies/)",
    ]);
    const director = level("Director of Product Management");
    expect(director.requirements[0]).toMatchObject({ kind: "note" });
    expect(director.requirements[1]).toMatchObject({ text: "[Validation Track](/handbook/product-development-flow/#validation-track) Skills", children: [expect.objectContaining({ text: "Ensures consistent execution of discovery track skills across a large team" })] });
  });

  it("reads reporting lines and where the career ladder leads", () => {
    expect(level("VP of Product Management").reportsTo).toBe("reports to the [Chief Product Officer](/job-families/product/chief-product-officer/)");
    expect(level("Director of Product Management").reportsTo).toMatch(/^reports to either a \[Senior Director of Product Management\]/);
    expect(level("Group Manager, Product (GMP)").nextStep?.target).toEqual({ department: null, family: null, level: "director-of-product-management" });
    expect(level("Senior Director of Product Management").nextStep).toEqual({
      text: "The next step in the Product Management Leadership job family is to move to the [VP of Product Management](/job-families/product/vp-of-product-management) job family.",
      target: { department: "product", family: "vp-of-product-management", level: null },
    });
  });
});
