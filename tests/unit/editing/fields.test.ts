import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyFamily, emptyLevel, jobFamilySchema } from "../../../lib/families/document";
import { documentFromForm, fieldsToDocument, flattenDocument } from "../../../lib/editing/fields";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { hasSharedData, referencePage } from "../../support/shared-data";

describe("a document as form fields", () => {
  it.skipIf(!hasSharedData)("round-trips the reference family exactly", () => {
    const family = parseFamilyMarkdown(readFileSync(referencePage), { file: "ref.md", department: "product", slug: "pml" });
    const fields = flattenDocument(family);
    expect(fields["levels.0.title"]).toBe("Group Manager, Product (GMP)");
    expect(fields["levels.0.grade"]).toBe("9.5");
    expect(fieldsToDocument(fields)).toEqual({ document: family, issues: [] });
  });

  it("reads what a browser posts: CRLF line breaks, empty numbers, unchecked boxes, gaps in indices", () => {
    const { document, issues } = fieldsToDocument({
      formatVersion: "1",
      department: "product",
      slug: "pm",
      title: "PM",
      overview: "one\r\ntwo",
      "responsibilities.0.kind": "item",
      "responsibilities.0.text": "first",
      "responsibilities.7.kind": "item",
      "responsibilities.7.text": "second",
      "responsibilities.7.ordered": "true",
      "levels.0.id": "a",
      "levels.0.title": "A",
      "levels.0.grade": "",
      "levels.0.abbreviation": "",
      "levels.0.nextStep.text": "Then B",
      "levels.0.nextStep.target": '{"department":"product","family":"pm","level":"b"}',
      "levels.0.headings.grade": "",
      frontMatter: '{"layout":"job_family_page"}',
    });
    expect(issues).toEqual([]);
    const parsed = jobFamilySchema.parse(document);
    expect(parsed.overview).toBe("one\ntwo");
    expect(parsed.responsibilities.map((r) => [r.text, r.ordered])).toEqual([["first", false], ["second", true]]);
    expect(parsed.levels[0]).toMatchObject({ grade: null, abbreviation: null, nextStep: { text: "Then B", target: { level: "b" } } });
    expect(parsed.levels[0].headings).toBeUndefined();
    expect(parsed.frontMatter).toEqual({ layout: "job_family_page" });
  });

  it("names the field of what it cannot read", () => {
    const { issues } = fieldsToDocument({ "levels.0.grade": "nine", frontMatter: "{nope" });
    expect(issues).toEqual([
      { path: "frontMatter", message: "must be valid JSON" },
      { path: "levels.0.grade", message: "must be a number" },
    ]);
  });

  it("a level's form changes that level only, and never the family's identity", () => {
    const base = { ...emptyFamily("product", "pm", "PM"), levels: [{ ...levelOf("a") }, { ...levelOf("b") }] };
    const { document } = documentFromForm(base, { ...flattenLevel(1, "B!"), title: "Hacked", department: "other", "levels.0.title": "Hacked" }, "levels.1");
    const parsed = jobFamilySchema.parse(document);
    expect(parsed.title).toBe("PM");
    expect(parsed.levels.map((l) => l.title)).toEqual(["a", "B!"]);
    const whole = jobFamilySchema.parse(documentFromForm(base, { ...flattenDocument(base), department: "other", slug: "x" }, "").document);
    expect([whole.department, whole.slug]).toEqual(["product", "pm"]);
  });

  it("never throws on hostile fields and stays within bounds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("levels.99999999.title", "__proto__.x", "levels.0.__proto__", "a.".repeat(60))), fc.string()), (fields) => {
        const { document } = fieldsToDocument(fields);
        expect(jobFamilySchema.safeParse(document)).toBeDefined();
      }),
    );
  });
});

const levelOf = (id: string) => emptyLevel(id, id);

function flattenLevel(index: number, title: string) {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(flattenDocument({ ...emptyFamily("x", "y", "z"), levels: [levelOf("b")] }))) {
    if (k.startsWith("levels.0.")) fields[k.replace("levels.0.", `levels.${index}.`)] = v;
  }
  fields[`levels.${index}.title`] = title;
  return fields;
}
