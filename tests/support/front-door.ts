import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getAuthConfig } from "../../lib/auth/config";
import { encodeSession, sessionCookieName } from "../../lib/auth/jwt";
import { type MemoryAnswer, frontDoor } from "../../lib/server/front-door";

/** What the stand-in for Next.js answers: a request the front door let through. */
export const PASSED_TO_NEXT = "passed on to Next.js";

/**
 * A real HTTP server with frontDoor(answers) in front of a stand-in for Next.js, as
 * `installFrontDoor` puts it in front of Next's server. Returns its address and how to stop it.
 */
export async function serveWithFrontDoor(answers: MemoryAnswer[]): Promise<{ base: string; close(): Promise<void> }> {
  const door = frontDoor(answers);
  const server = createServer((request, response) => door(request, response, () => response.end(PASSED_TO_NEXT)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A `Cookie` header with a valid session of user `uid`, as the sign-in flow sets it. */
export async function sessionCookieHeader(uid = 1, subject = "reader"): Promise<string> {
  const config = getAuthConfig();
  return `${sessionCookieName(config.secureCookies)}=${await encodeSession({ uid, sub: subject }, config.secret, 3600)}`;
}
