import { describe, expect, it, vi } from "vitest";
import { grantFormSchema } from "../../../app/(portal)/admin/people/schemas";
import { checkEmail } from "../../../lib/access/users";
import { InvalidError } from "../../../lib/errors";
import { tokenNameSchema } from "../../../lib/tokens/tokens";

vi.mock("server-only", () => ({}));
const { recordIdSchema } = await import("../../../lib/auth/action");

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0].message;

// Server actions are public POST endpoints; the probe replayed them with these values and got 500s.
describe("server-action inputs are bounded before they reach the database", () => {
  it.each(["99999999999", "2147483648", "-1", "0", "1.5", "1e3x", "", "NaN"])("id %j names no record", (value) => {
    expect(firstMessage(recordIdSchema.safeParse(value))).toBe("no such record");
  });

  it("an id in PostgreSQL's integer range passes", () => {
    expect(recordIdSchema.parse("2147483647")).toBe(2147483647);
    expect(recordIdSchema.parse("42")).toBe(42);
  });

  it.each(["HR\u0000sync", "line\nbreak", "bell\u0007"])("a token name with a control character (%j) is a field error", (name) => {
    expect(firstMessage(tokenNameSchema.safeParse(name))).toBe("must not contain control characters");
  });

  it("a 5,012-character email is a field error in the grant form and in the domain", () => {
    const email = `${"a".repeat(5000)}@example.com`;
    expect(email).toHaveLength(5012);
    const form = grantFormSchema.safeParse({ email, role: "admin", scope: "" });
    expect(form.success).toBe(false);
    expect(form.error?.issues[0]).toMatchObject({ path: ["email"], message: "must be at most 254 characters" });
    expect(() => checkEmail(email)).toThrow(InvalidError);
  });

  it("a scope longer than any real one is a field error", () => {
    const form = grantFormSchema.safeParse({ email: "a@example.com", role: "editor", scope: "x".repeat(5000) });
    expect(form.error?.issues[0]).toMatchObject({ path: ["scope"] });
  });
});
