import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startNext, waitForHealthy } from "./server";

/**
 * A second Ladder server from the same build, signing in through another provider (given as
 * LADDER_OIDC_* in `env`), with its own fresh embedded database. For tests that need a
 * provider configured differently from the development one.
 */
export async function startLadder(options: { name: string; port: number; env: Record<string, string> }) {
  const dir = mkdtempSync(join(tmpdir(), `ladder-${options.name}-`));
  const resultsDir = join(process.cwd(), "test-results");
  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, `e2e-server-${options.name}.log`);
  const baseURL = `http://localhost:${options.port}`;
  const server = startNext({
    port: options.port,
    logFile,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LADDER_EMBEDDED_DB: "1",
      LADDER_DATA_DIR: join(dir, "data"),
      NEXTAUTH_SECRET: randomBytes(36).toString("base64url"),
      NEXTAUTH_URL: baseURL,
      ...options.env,
    },
  });
  try {
    await waitForHealthy(`http://127.0.0.1:${options.port}/api/health`, server, 120_000);
  } catch (error) {
    await server.stop();
    const tail = readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`${options.name}: ${(error as Error).message}. Server log (${logFile}):\n${tail}`);
  }
  return {
    baseURL,
    logFile,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
