import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "../../../lib/auth/paths";

/** Where a browser on https://ladder.example goes when told `Location: <target>`. */
const browserGoesTo = (target: string) => new URL(target, "https://ladder.example/sign-in");

describe("the URL sign-in returns to", () => {
  it("keeps a path on this site, with its query and anchor", () => {
    expect(safeCallbackUrl("/job-families/product/pm?x=1#levels")).toBe("/job-families/product/pm?x=1#levels");
  });

  it("keeps odd but local paths local", () => {
    expect(safeCallbackUrl("/%2f/evil.example")).toBe("/%2f/evil.example");
    expect(safeCallbackUrl("/@evil.example")).toBe("/@evil.example");
    expect(safeCallbackUrl("/a/../b")).toBe("/b");
  });

  it.each([
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example/x"],
    ["a newline browsers drop", "/\n/evil.example/x"],
    ["a carriage return (an invalid header)", "/\r/evil.example"],
    ["a line separator (an invalid header)", "/\u2028/evil.example"],
    ["a dot segment that leaves two slashes", "/.//evil.example/phish"],
    ["an encoded dot-dot segment that leaves two slashes", "/%2e%2e//evil.example"],
    ["a mixed-case encoded dot segment", "/%2E//evil.example"],
    ["a dot-dot segment that leaves two slashes", "/x/..//evil.example"],
    ["several slashes after a dot segment", "/.///evil.example"],
    ["a user-info form", "//user@evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a javascript: URL after a slash", "/\tjavascript:alert(1)"],
    ["the sign-in page itself", "/sign-in?callbackUrl=%2F"],
    ["nothing", undefined],
  ])("sends %s home instead", (_what, value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("never sends a browser to another origin, whatever the input", () => {
    const pieces = fc.constantFrom("/", "//", ".", "..", "%2e", "%2E", "%2f", "\\", "\t", "@", ":", "evil.example", "x", "?", "#", "javascript:");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")), fc.string(), (crafted, random) => {
        for (const value of [crafted, `/${crafted}`, random, `/${random}`]) {
          const target = safeCallbackUrl(value);
          expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
          expect(browserGoesTo(target).origin).toBe("https://ladder.example");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
