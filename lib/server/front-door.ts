import { type IncomingMessage, Server, type ServerResponse } from "node:http";
import { refuseUnsupportedMethod } from "./methods";

/**
 * An answer from memory, tried before Next.js sees the request: null at once when it cannot
 * answer this request (Next.js gets it unchanged, in the same turn), or a promise of whether it
 * did (when it did not, Next.js gets the request after all).
 */
export type MemoryAnswer = (request: IncomingMessage, response: ServerResponse) => Promise<boolean> | null;

/**
 * What a request meets first: a method Ladder does not serve is refused (lib/server/methods.ts),
 * and what a reader asks for most — a page Next already rendered, a family's JSON — is answered
 * from memory by the first of `answers` that can. Everything else goes on to `next()`.
 *
 * Why in front of Next.js and not in its proxy: answering from the proxy still costs each request
 * Next's own handling around it (about 1 ms of CPU, where writing the bytes costs 0.05 ms), and
 * its slowest answers were slower than a static page's. Each answer checks what the proxy would
 * have checked (a valid session, or the API's credential and rights) before it answers.
 */
export function frontDoor(answers: MemoryAnswer[]) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (refuseUnsupportedMethod(request, response)) return;
    for (const answer of answers) {
      const answering = answer(request, response);
      if (!answering) continue;
      answering.then(
        (answered) => answered || next(),
        (error: unknown) => {
          console.error(`Ladder: answering ${request.url} from memory failed; Next.js answers it:`, error);
          next();
        },
      );
      return;
    }
    next();
  };
}

const state = globalThis as unknown as { ladderFrontDoor?: boolean };

/**
 * Puts frontDoor(answers) in front of Next's HTTP server (which `next start` creates, and starts
 * listening on PORT, before instrumentation runs). Other servers in this process (the development
 * OIDC provider) get only the method check. Installed once.
 */
export function installFrontDoor(answers: MemoryAnswer[]): void {
  if (state.ladderFrontDoor) return;
  state.ladderFrontDoor = true;
  const forApp = frontDoor(answers);
  const forOthers = frontDoor([]);
  const isApp = new WeakMap<Server, boolean>();
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request") return emit.call(this, event, ...args);
    let app = isApp.get(this);
    if (app === undefined) {
      const address = this.address();
      isApp.set(this, (app = typeof address === "object" && address !== null && String(address.port) === process.env.PORT));
    }
    (app ? forApp : forOthers)(args[0] as IncomingMessage, args[1] as ServerResponse, () => emit.call(this, event, ...args));
    return true;
  } as typeof Server.prototype.emit;
}
