import { describe, expect, it } from "vitest";
import { toCsv } from "../../../lib/activity/csv";
import { describeEvent, kindOf } from "../../../lib/activity/describe";

const event = (action: string, target: string, details: Record<string, unknown> = {}, actorName = "Ada Admin") => ({ action, target, details, actorName });

describe("activity in words", () => {
  it("says what happened without codes", () => {
    const granted = event("role.granted", "user:pat@example.com", { role: "editor", department: "product", family: null, source: "admin" });
    expect(describeEvent(granted)).toBe("granted editor of product to pat@example.com");
    expect(kindOf(granted)).toBe("grant");
    expect(describeEvent(event("role.revoked", "user:pat@example.com", { role: "admin", source: "group" }))).toBe(
      "revoked admin from pat@example.com (through identity-provider groups)",
    );
    expect(describeEvent(event("token.created", "user:bot@example.com", { name: "HR sync" }))).toBe("created API token “HR sync” for bot@example.com");
  });

  it("tells saves, imports and restores apart", () => {
    const save = event("revision.saved", "family:product/pm", { number: 3, summary: "Sharper" }, "Pat");
    const restore = event("revision.saved", "family:product/pm", { number: 4, restoredFrom: 1, summary: "Restored revision 1" });
    const imported = event("revision.saved", "family:product/pm", { number: 1, summary: "Imported from x.md" }, "import");
    expect([kindOf(save), kindOf(restore), kindOf(imported)]).toEqual(["save", "restore", "import"]);
    expect(describeEvent(save)).toBe("saved revision 3 of product/pm — “Sharper”");
    expect(describeEvent(restore)).toBe("restored revision 1 of product/pm as revision 4");
  });
});

describe("CSV", () => {
  it("is UTF-8 with a byte-order mark, a header, every field quoted, and formulas defused", () => {
    const csv = toCsv(["person", "what"], [["Zoë \"Z\"", "=HYPERLINK(1)"], ["a,b", null]]);
    expect(csv).toBe('\uFEFF"person","what"\r\n"Zoë ""Z""","\'=HYPERLINK(1)"\r\n"a,b",""\r\n');
  });
});
