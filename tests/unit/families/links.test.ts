import { describe, expect, it } from "vitest";
import { familyHandbookUrl, linkTarget } from "../../../lib/families/links";

const senior = "/job-families/engineering/development/backend/senior/";

describe("linkTarget: where a handbook link leads", () => {
  it.each([
    ["/job-families/engineering/backend-engineer/#senior", { kind: "family", department: "engineering", slug: "backend-engineer", anchor: "senior" }],
    ["../../frontend/senior/", { kind: "family", department: "engineering", slug: "development--frontend--senior", anchor: null }],
    ["../../../backend-engineer/", { kind: "family", department: "engineering", slug: "backend-engineer", anchor: null }],
    ["/job-families/engineering/development/frontend/senior/index.html#staff", { kind: "family", department: "engineering", slug: "development--frontend--senior", anchor: "staff" }],
    ["/job-families/sales/account-executive.html", { kind: "family", department: "sales", slug: "account-executive", anchor: null }],
    ["/job-families/engineering/", { kind: "department", department: "engineering" }],
    ["/job-families/", { kind: "department", department: null }],
    ["/handbook/hiring/#screening-call", { kind: "handbook", path: "/handbook/hiring/#screening-call" }],
    ["../../../../../handbook/values/?x=1", { kind: "handbook", path: "/handbook/values/?x=1" }],
    ["#staff", { kind: "anchor", anchor: "staff" }],
  ])("%s", (href, target) => {
    expect(linkTarget(href, senior)).toEqual(target);
  });

  it.each(["https://example.com/job-families/x/y/", "mailto:jobs@example.com", "//cdn.example.com/a", "#", "", "javascript:alert(1)"])(
    "leaves %s alone",
    (href) => {
      expect(linkTarget(href, senior)).toBeNull();
    },
  );

  it("starts relative links from the page's own folder", () => {
    expect(familyHandbookUrl({ department: "engineering", slug: "development--backend--senior" })).toBe(senior);
    expect(familyHandbookUrl({ department: "sales", slug: "ae" }, "job-families/sales/account-executive.html.md")).toBe("/job-families/sales/account-executive/");
    expect(familyHandbookUrl({ department: "sales", slug: "ae" }, "ae.md")).toBe("/job-families/sales/ae/");
  });
});
