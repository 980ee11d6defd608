import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, type JWTPayload, jwtDecrypt } from "jose";

/**
 * The session cookie: an encrypted JWT (JWE, dir + A256GCM, like next-auth's default). One
 * implementation serves next-auth (encode/decode), the proxy and server components, and derives
 * its key once per secret instead of on every request.
 */

/** What Ladder keeps in a session: our user id, the OIDC subject it belongs to, and display data. */
export type SessionClaims = JWTPayload & {
  uid?: number;
  sub?: string;
  email?: string | null;
  name?: string | null;
  /**
   * The ID token of this sign-in, kept only for sign-out: RP-initiated logout sends it back to the
   * provider as id_token_hint. Safe here because the session cookie is encrypted (JWE).
   */
  idt?: string;
};

const keys = new Map<string, Uint8Array>();

function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "Ladder session encryption key", 32));
    keys.set(secret, key);
  }
  return key;
}

export async function encodeSession(claims: SessionClaims, secret: string, maxAgeSeconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT({ ...claims })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAgeSeconds)
    .setJti(randomUUID())
    .encrypt(keyFor(secret));
}

/**
 * Tokens decrypted lately, by secret and token text. Every request to a page passes the proxy,
 * and decrypting the same cookie again (base64, AES-GCM, JSON) was a tenth of the proxy's time.
 * A token's text fixes its claims, so a remembered one needs only its expiry checked again.
 */
const decoded = new Map<string, SessionClaims>();
const DECODED_KEPT = 1000;
const CLOCK_TOLERANCE_SECONDS = 15;

const unexpired = (claims: SessionClaims, now: number) =>
  typeof claims.exp === "number" && claims.exp + CLOCK_TOLERANCE_SECONDS > now / 1000;

/** The claims of a valid, unexpired session token; null for anything else (tampered, expired, garbage). */
export async function decodeSession(token: string | undefined | null, secret: string): Promise<SessionClaims | null> {
  if (!token) return null;
  const key = `${secret}\n${token}`;
  const known = decoded.get(key);
  if (known && unexpired(known, Date.now())) return { ...known };
  decoded.delete(key);
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
    const claims = payload as SessionClaims;
    if (unexpired(claims, Date.now())) {
      if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
      decoded.set(key, Object.freeze({ ...claims }));
    }
    return claims;
  } catch {
    return null;
  }
}

/** The session user's id and subject, when the claims carry them. */
export function sessionIdentity(claims: SessionClaims | null): { id: number; subject: string } | null {
  if (!claims || typeof claims.uid !== "number" || typeof claims.sub !== "string") return null;
  return { id: claims.uid, subject: claims.sub };
}

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * next-auth splits a session cookie over 4 KB into name.0, name.1, …; put it back together.
 * Ours stay far below that, but a cookie jar must never be misread.
 */
export function readSessionCookie(cookies: { name: string; value: string }[], name: string): string | undefined {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}
