import { createHash, randomBytes } from "node:crypto";

/**
 * A personal access token acts with its owner's rights on the API (sent in a header); a feed token
 * only reads the Atom feeds, and travels in a feed URL, since feed readers cannot sign in.
 */
export const tokenKinds = ["personal", "feed"] as const;
export type TokenKind = (typeof tokenKinds)[number];

/**
 * Recognisable prefixes let secret scanners (and people) tell a Ladder token from other strings,
 * and tell the two kinds apart, so a token in the wrong place is named as such.
 */
export const TOKEN_PREFIXES: Record<TokenKind, string> = { personal: "ladder_pat_", feed: "ladder_feed_" };

/** 256 random bits: long enough that a plain SHA-256 (no salt, no stretching) is safe to store. */
export function generateToken(kind: TokenKind = "personal"): string {
  return TOKEN_PREFIXES[kind] + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Which kind of token this text is shaped like, or null for none. */
export function tokenKindOf(text: string): TokenKind | null {
  for (const kind of tokenKinds) {
    const prefix = TOKEN_PREFIXES[kind];
    if (text.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(text.slice(prefix.length))) return kind;
  }
  return null;
}
