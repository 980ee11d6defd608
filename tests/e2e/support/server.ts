import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";

export const nextBin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/**
 * How long the server keeps an idle connection open. Playwright's request client keeps its
 * connections for reuse; with Node's default of 5 s, a test that pauses about that long between
 * two requests (a browser step in between) can send the second on a connection the server is
 * closing at that moment — more likely when the server's event loop is busy — and gets
 * ECONNRESET. Longer than any pause in a test, the server never closes one under a test's feet.
 */
const KEEP_ALIVE_MS = 10 * 60 * 1000;

export type StartedServer = { process: ChildProcess; stop(): Promise<void>; exited: Promise<number | null> };

/**
 * `next start` in its own process group: it forks a child (next-server) that owns the port, and
 * killing only the parent would leave that child serving an old build. Stopping ends the group.
 */
export function startNext(options: { port: number; env: NodeJS.ProcessEnv; logFile: string; dir?: string }): StartedServer {
  const log = createWriteStream(options.logFile);
  const args = [nextBin, "start", ...(options.dir ? [options.dir] : []), "-p", String(options.port), "-H", "127.0.0.1", "--keepAliveTimeout", String(KEEP_ALIVE_MS)];
  const child = spawn(process.execPath, args, {
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    process: child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // group already gone
        }
      };
      kill("SIGTERM");
      const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!done) kill("SIGKILL");
      log.end();
    },
  };
}

/** Polls `url` until it answers 200, the server exits, or the time is up. */
export async function waitForHealthy(url: string, server: StartedServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server exited with code ${exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}
