import { describe, expect, it } from "vitest";
import { familyRevisionJson, presentFamilyRevision } from "../../../app/api/v1/present";
import { emptyFamily } from "../../../lib/families/document";
import type { Subject } from "../../../lib/access/policy";

describe("the family JSON of API v1", () => {
  it("is the same text whether the document's part was serialised apart or not", () => {
    const subject: Subject = { id: 1, email: "e@example.com", name: "E", grants: [{ role: "editor", department: "product", family: null, source: "admin" }] };
    const document = { ...emptyFamily("product", "leader", 'A "quoted" title ✓'), overview: "Line one\nline two </script>" };
    const revision = { number: 3, authorName: "ann", authorId: null, summary: "s", baseNumber: 2, createdAt: new Date(0), sourcePath: null, document };
    const whole = JSON.stringify(presentFamilyRevision(subject, "product", "leader", revision));
    expect(familyRevisionJson(subject, "product", "leader", revision, Buffer.from(JSON.stringify(document))).toString("utf8")).toBe(whole);
    expect(JSON.parse(whole).permissions).toEqual({ edit: true, restore: false });
  });
});
