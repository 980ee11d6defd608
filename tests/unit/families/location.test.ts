import { describe, expect, it } from "vitest";
import { familyLocation } from "../../../lib/families/markdown/import";

describe("familyLocation: department and family from the handbook's layout", () => {
  it.each([
    ["source/job-families/product/product-manager/index.html.md.erb", "product", "product-manager"],
    ["job-families/engineering/infrastructure/site-reliability-engineer/index.html.md", "engineering", "site-reliability-engineer"],
    ["job-families/sales/account-executive.html.md", "sales", "account-executive"],
    ["job-families/foo/index.html.md", "general", "foo"],
    ["job-families/foo.html.md", "general", "foo"],
    ["product-management-leadership.md", "general", "product-management-leadership"],
    ["/tmp/pages/Data_Science Lead.md", "general", "data-science-lead"],
    ["C:\\handbook\\job-families\\Legal\\Vice President\\index.html.md", "legal", "vice-president"],
    ["notes/analyst/index.md", "general", "analyst"],
  ])("%s → %s/%s", (path, department, slug) => {
    expect(familyLocation(path)).toEqual({ department, slug });
  });

  it("lets the caller name the department", () => {
    expect(familyLocation("job-families/foo/bar/index.html.md", { department: "People Ops" })).toEqual({
      department: "people-ops",
      slug: "bar",
    });
  });
});
