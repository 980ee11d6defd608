/**
 * Headers on every answer Ladder gives: next.config.ts sets them on Next's, the front door
 * (lib/server/send-bytes.ts) on those it answers from memory. No page of Ladder may be framed by
 * another site (clickjacking of admin buttons).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};
