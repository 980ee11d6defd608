import { afterEach, describe, expect, it, vi } from "vitest";
import { EncryptJWT } from "jose";
import { hkdfSync } from "node:crypto";
import { decodeSession, encodeSession, readSessionCookie, sessionIdentity } from "../../../lib/auth/jwt";
import { safeCallbackUrl, signInUrl } from "../../../lib/auth/paths";

const secret = "s".repeat(40);

describe("session token", () => {
  it("round-trips who the user is", async () => {
    const token = await encodeSession({ uid: 7, sub: "abc", email: "a@b.c", name: "A" }, secret, 3600);
    const claims = await decodeSession(token, secret);
    expect(sessionIdentity(claims)).toEqual({ id: 7, subject: "abc" });
    expect(claims?.email).toBe("a@b.c");
  });

  it("is not readable with another secret, nor after tampering", async () => {
    const token = await encodeSession({ uid: 7, sub: "abc" }, secret, 3600);
    expect(await decodeSession(token, "t".repeat(40))).toBeNull();
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSession(tampered, secret)).toBeNull();
    expect(await decodeSession("garbage", secret)).toBeNull();
  });

  it("expires", async () => {
    const key = new Uint8Array(hkdfSync("sha256", secret, "", "Ladder session encryption key", 32));
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new EncryptJWT({ uid: 7, sub: "abc" })
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setExpirationTime(past)
      .encrypt(key);
    expect(await decodeSession(expired, secret)).toBeNull();
  });

  it("expires even after it was read while valid (the proxy remembers decoded cookies)", async () => {
    const token = await encodeSession({ uid: 7, sub: "abc" }, secret, 60);
    expect(sessionIdentity(await decodeSession(token, secret))).toEqual({ id: 7, subject: "abc" });
    vi.useFakeTimers({ now: Date.now() + 120_000 });
    expect(await decodeSession(token, secret)).toBeNull();
  });

  afterEach(() => vi.useRealTimers());

  it("puts a cookie split into chunks back together", () => {
    const name = "next-auth.session-token";
    const cookies = [
      { name: `${name}.1`, value: "world" },
      { name: "other", value: "x" },
      { name: `${name}.0`, value: "hello " },
    ];
    expect(readSessionCookie(cookies, name)).toBe("hello world");
    expect(readSessionCookie([{ name, value: "whole" }], name)).toBe("whole");
    expect(readSessionCookie([], name)).toBeUndefined();
  });
});

describe("callback URLs after sign-in", () => {
  it("return to a page on this site only", () => {
    expect(safeCallbackUrl("/job-families/product/pm?x=1")).toBe("/job-families/product/pm?x=1");
    expect(safeCallbackUrl("https://evil.example/")).toBe("/");
    expect(safeCallbackUrl("//evil.example/")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
  });

  it("are carried in the sign-in link", () => {
    expect(signInUrl("/tokens")).toBe("/sign-in?callbackUrl=%2Ftokens");
    expect(signInUrl("/")).toBe("/sign-in");
  });
});
