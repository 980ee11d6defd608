/**
 * Whether an error means "the database is not answering right now" (it is restarting, the network
 * dropped, the pool cannot connect) rather than a bug or bad input. The one place that knows the
 * drivers' words for it: postgres.js sets `code` to a Node socket error or its own
 * CONNECTION_* / CONNECT_TIMEOUT; PostgreSQL sends SQLSTATE class 08 (connection exception),
 * 57P01–57P03 (shutting down, crashed, starting up) and 53300 (too many connections). Drizzle
 * wraps them as the `cause` of its query error.
 */
const NODE_AND_DRIVER_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return NODE_AND_DRIVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === "53300";
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    if (isUnavailableCode((current as { code?: unknown }).code)) return true;
    const errors = (current as { errors?: unknown }).errors; // AggregateError from a multi-address connect
    if (Array.isArray(errors) && errors.some((e) => isUnavailableCode((e as { code?: unknown })?.code))) return true;
    current = current.cause;
  }
  return false;
}

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The driver's own reason for a failure, for the server log: the innermost cause, without the
 * query text and parameters Drizzle wraps around it (they may hold token hashes or content).
 */
export function failureReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  if (!(current instanceof Error)) return String(current);
  const code = (current as { code?: unknown }).code;
  return typeof code === "string" ? `${code}: ${current.message}` : current.message;
}
