import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { e2ePorts } from "./support/ports";
import { startNext } from "./support/server";

// The production build refuses to start with unsafe sign-in settings: it exits non-zero at
// start-up, saying what is missing, before serving a single request.

const { app } = e2ePorts();
const production = { NODE_ENV: "production", NEXTAUTH_URL: "https://ladder.example.com", PATH: process.env.PATH } as const;

async function startAndWait(env: NodeJS.ProcessEnv, port: number) {
  const dir = mkdtempSync(join(tmpdir(), "ladder-startup-"));
  const logFile = join(dir, "server.log");
  const server = startNext({ port, env: { ...env, LADDER_DATA_DIR: join(dir, "data") }, logFile });
  const code = await Promise.race([server.exited, new Promise<"running">((r) => setTimeout(() => r("running"), 30_000))]);
  await server.stop();
  const log = readFileSync(logFile, "utf8");
  rmSync(dir, { recursive: true, force: true });
  return { code, log };
}

test("without an OIDC provider (and without LADDER_DEV_SSO=1) production exits naming the variables", async () => {
  const { code, log } = await startAndWait({ ...production, NEXTAUTH_SECRET: "x".repeat(40) }, app + 2);
  expect(code).not.toBe("running");
  expect(code).not.toBe(0);
  expect(log).toContain("LADDER_OIDC_ISSUER");
});

test("with a short NEXTAUTH_SECRET production exits, even with the development provider allowed", async () => {
  const { code, log } = await startAndWait(
    { ...production, NEXTAUTH_SECRET: "too-short", LADDER_DEV_SSO: "1", LADDER_DEV_SSO_PORT: String(app + 4) },
    app + 3,
  );
  expect(code).not.toBe("running");
  expect(code).not.toBe(0);
  expect(log).toMatch(/NEXTAUTH_SECRET is only 9 characters long/);
});

test("without DATABASE_URL production exits instead of quietly using the embedded store", async () => {
  const { code, log } = await startAndWait(
    { ...production, NEXTAUTH_SECRET: "x".repeat(40), LADDER_DEV_SSO: "1", LADDER_DEV_SSO_PORT: String(app + 6) },
    app + 5,
  );
  expect(code).not.toBe("running");
  expect(code).not.toBe(0);
  expect(log).toContain("DATABASE_URL is not set");
});

test("with an unreachable DATABASE_URL production exits naming it", async () => {
  const { code, log } = await startAndWait(
    {
      ...production,
      NEXTAUTH_SECRET: "x".repeat(40),
      LADDER_DEV_SSO: "1",
      LADDER_DEV_SSO_PORT: String(app + 8),
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere",
    },
    app + 7,
  );
  expect(code).not.toBe("running");
  expect(code).not.toBe(0);
  expect(log).toMatch(/cannot open PostgreSQL at 127\.0\.0\.1:1\/nowhere: .*Check DATABASE_URL/);
});
