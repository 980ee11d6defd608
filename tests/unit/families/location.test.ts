import { describe, expect, it } from "vitest";
import { familyLocation, handbookPath } from "../../../lib/families/markdown/import";

describe("familyLocation: department and family from the handbook's layout", () => {
  it.each([
    ["source/job-families/product/product-manager/index.html.md.erb", "product", "product-manager"],
    ["job-families/engineering/infrastructure/site-reliability-engineer/index.html.md", "engineering", "infrastructure--site-reliability-engineer"],
    ["job-families/engineering/development/backend/senior/index.html.md", "engineering", "development--backend--senior"],
    ["job-families/engineering/development/frontend/senior/index.html.md", "engineering", "development--frontend--senior"],
    ["job-families/engineering/development/management/fellow.html.md", "engineering", "development--management--fellow"],
    ["job-families/engineering/fellow.html.md", "engineering", "fellow"],
    ["job-families/sales/account-executive.html.md", "sales", "account-executive"],
    ["job-families/foo/index.html.md", "general", "foo"],
    ["job-families/foo.html.md", "general", "foo"],
    ["product-management-leadership.md", "general", "product-management-leadership"],
    ["/tmp/pages/Data_Science Lead.md", "general", "data-science-lead"],
    ["C:\\handbook\\job-families\\Legal\\Vice President\\index.html.md", "legal", "vice-president"],
    ["notes/analyst/index.md", "general", "analyst"],
    ["a b.md", "general", "a-b"],
    ["中文.md", "general", "zhong-wen"],
    ["日本語.md", "general", "ri-ben-yu"],
    ["job-families/Été/Données_Lead/index.html.md", "ete", "donnees-lead"],
  ])("%s → %s/%s", (path, department, slug) => {
    expect(familyLocation(path)).toEqual({ department, slug });
  });

  it("lets the caller name the department", () => {
    expect(familyLocation("job-families/foo/bar/index.html.md", { department: "People Ops" })).toEqual({
      department: "people-ops",
      slug: "bar",
    });
  });

  it("refuses a name with nothing to make a slug of, rather than a shared fallback", () => {
    expect(() => familyLocation("pages/¿¡!.md")).toThrow(/pages\/¿¡!\.md:1: cannot name a family/);
  });

  it.each([
    ["/srv/handbook/source/job-families/engineering/development/backend/senior/index.html.md", "job-families/engineering/development/backend/senior/index.html.md"],
    ["C:\\pages\\job-families\\sales\\account-executive.html.md", "job-families/sales/account-executive.html.md"],
    ["/tmp/pages/Data_Science Lead.md", "Data_Science Lead.md"],
  ])("records %s as %s", (path, recorded) => {
    expect(handbookPath(path)).toBe(recorded);
  });
});
