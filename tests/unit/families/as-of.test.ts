import { describe, expect, it } from "vitest";
import { asOfRewrite, endOfDay, parseDay } from "../../../lib/families/as-of";

describe("as of a day", () => {
  it("accepts real calendar days only", () => {
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2024-13-01", "2024-1-1", "yesterday", "", undefined, "2024-01-01T00:00"]) expect(parseDay(bad)).toBeNull();
    expect(endOfDay("2024-12-31").toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("rewrites only a family page's ?asOf= to its internal address", () => {
    const rewrite = (path: string) => asOfRewrite(new URL(path, "http://x"))?.toString() ?? null;
    expect(rewrite("/job-families/product/pm?asOf=2024-03-01")).toBe("http://x/job-families/product/pm/as-of/2024-03-01");
    expect(rewrite("/job-families/product/a--b/?asOf=2024-03-01&x=1")).toBe("http://x/job-families/product/a--b/as-of/2024-03-01?x=1");
    expect(rewrite("/job-families/product/pm")).toBeNull();
    expect(rewrite("/job-families/product/pm/senior?asOf=2024-03-01")).toBeNull();
    expect(rewrite("/grades?asOf=2024-03-01")).toBeNull();
  });
});
