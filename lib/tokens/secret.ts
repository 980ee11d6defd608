import { createHash, randomBytes } from "node:crypto";

/** A recognisable prefix lets secret scanners (and people) tell a Ladder token from other strings. */
export const TOKEN_PREFIX = "ladder_pat_";
const tokenPattern = /^ladder_pat_[A-Za-z0-9_-]{43}$/;

/** 256 random bits: long enough that a plain SHA-256 (no salt, no stretching) is safe to store. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeToken(text: string): boolean {
  return tokenPattern.test(text);
}
