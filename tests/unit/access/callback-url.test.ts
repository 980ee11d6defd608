import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "../../../lib/auth/paths";

describe("the URL sign-in returns to", () => {
  it("keeps a path on this site, with its query and anchor", () => {
    expect(safeCallbackUrl("/job-families/product/pm?x=1#levels")).toBe("/job-families/product/pm?x=1#levels");
  });

  it.each([
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example/x"],
    ["a newline browsers drop", "/\n/evil.example/x"],
    ["a carriage return (an invalid header)", "/\r/evil.example"],
    ["a line separator (an invalid header)", "/\u2028/evil.example"],
    ["the sign-in page itself", "/sign-in?callbackUrl=%2F"],
    ["nothing", undefined],
  ])("sends %s home instead", (_what, value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });
});
