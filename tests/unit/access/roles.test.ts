import { describe, expect, it } from "vitest";
import { checkGrantShape, describeGrant, parseScope } from "../../../lib/access/roles";
import { scopeFromOptions } from "../../../lib/cli/commands/grant";

describe("scopes", () => {
  it("reads everything, a department, or one family", () => {
    expect(parseScope("")).toEqual({ department: null, family: null });
    expect(parseScope(" * ")).toEqual({ department: null, family: null });
    expect(parseScope("product")).toEqual({ department: "product", family: null });
    expect(parseScope("product/pm-leadership")).toEqual({ department: "product", family: "pm-leadership" });
  });

  it("explains a malformed scope", () => {
    expect(() => parseScope("Product")).toThrow(/department "Product" must be lower-case/);
    expect(() => parseScope("a/b/c")).toThrow(/too many parts/);
  });

  it("reads like a sentence in lists and audit logs", () => {
    expect(describeGrant({ role: "editor", department: null, family: null })).toBe("editor of all job families");
    expect(describeGrant({ role: "editor", department: "product", family: "pm" })).toBe("editor of family product/pm");
    expect(describeGrant({ role: "admin", department: null, family: null })).toBe("admin");
  });

  it("refuses a scoped admin", () => {
    expect(checkGrantShape({ role: "admin", department: "product", family: null })).toMatch(/whole portal/);
  });
});

describe("CLI scope options", () => {
  it("accepts --family D/F, --department D --family F, and --department D", () => {
    expect(scopeFromOptions({ family: "product/pm" })).toEqual({ department: "product", family: "pm" });
    expect(scopeFromOptions({ department: "product", family: "pm" })).toEqual({ department: "product", family: "pm" });
    expect(scopeFromOptions({ department: "product" })).toEqual({ department: "product", family: null });
    expect(scopeFromOptions({})).toEqual({ department: null, family: null });
  });

  it("refuses a family outside the given department or without one", () => {
    expect(() => scopeFromOptions({ department: "engineering", family: "product/pm" })).toThrow(/not in department engineering/);
    expect(() => scopeFromOptions({ family: "pm" })).toThrow(/department\/family/);
  });
});
