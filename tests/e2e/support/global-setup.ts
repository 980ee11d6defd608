import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasSharedData, referencePage } from "../../support/shared-data";
import { e2ePorts } from "./ports";
import { prepareHistoryFixture } from "./history-setup";
import { nextBin, startNext, waitForHealthy } from "./server";

/**
 * Builds the app once and starts it the way production runs it (NODE_ENV=production, a long
 * NEXTAUTH_SECRET) with the development SSO provider allowed (LADDER_DEV_SSO=1) and a fresh
 * embedded database that the server fills with its demo content.
 *
 * LADDER_E2E_BASE_URL=http://… runs the tests against a server you started yourself instead;
 * LADDER_E2E_SKIP_BUILD=1 reuses the last build (.next) when only tests changed.
 */
export default async function globalSetup() {
  if (process.env.LADDER_E2E_BASE_URL) return;
  const { app, sso } = e2ePorts();
  const resultsDir = join(process.cwd(), "test-results");
  mkdirSync(resultsDir, { recursive: true });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LADDER_DEV_SSO: "1",
    // One server on the embedded store is what these tests want; production asks for it explicitly.
    LADDER_EMBEDDED_DB: "1",
    LADDER_DEV_SSO_PORT: String(sso),
    NEXTAUTH_SECRET: randomBytes(36).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${app}`,
    PORT: String(app),
  };
  // The embedded store, always fresh; never a developer's DATABASE_URL.
  delete env.DATABASE_URL;
  delete env.LADDER_ROLE_MAP;
  for (const name of Object.keys(env)) if (name.startsWith("LADDER_OIDC_")) delete env[name];

  const buildId = join(process.cwd(), ".next", "BUILD_ID");
  if (!(process.env.LADDER_E2E_SKIP_BUILD === "1" && existsSync(buildId))) {
    const started = Date.now();
    try {
      execFileSync(process.execPath, [nextBin, "build"], { env, stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const output = `${(error as { stdout?: Buffer }).stdout ?? ""}${(error as { stderr?: Buffer }).stderr ?? ""}`;
      throw new Error(`e2e: next build failed:\n${output.split("\n").slice(-40).join("\n")}`);
    }
    console.log(`e2e: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), "ladder-e2e-"));
  importContent(dataDir, env);
  prepareHistoryFixture({ ...env, NODE_ENV: "development", LADDER_DATA_DIR: join(dataDir, "db") });
  const logFile = join(resultsDir, "e2e-server.log");
  const server = startNext({ port: app, env: { ...env, LADDER_DATA_DIR: join(dataDir, "db") }, logFile });
  // Tests that start their own servers (start-up refusal) reuse the build and these ports' neighbours.
  process.env.LADDER_E2E_SERVER_LOG = logFile;
  try {
    await waitForHealthy(`http://127.0.0.1:${app}/api/health`, server, 120_000);
  } catch (error) {
    await server.stop();
    const tail = readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`e2e: ${(error as Error).message}. Server log (${logFile}):\n${tail}`);
  }

  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * The demo families plus, when the reference data is there, the reference family as
 * `product/product-management-leadership`, imported through the CLI before the server opens the
 * store (the server then finds families and adds no demo content of its own).
 */
function importContent(dataDir: string, env: NodeJS.ProcessEnv) {
  const sources = [join(process.cwd(), "db", "seed", "job-families")];
  if (hasSharedData) {
    const folder = join(dataDir, "reference", "job-families", "product", "product-management-leadership");
    mkdirSync(folder, { recursive: true });
    copyFileSync(referencePage, join(folder, "index.html.md"));
    sources.push(join(dataDir, "reference"));
  }
  const tsx = join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  try {
    execFileSync(process.execPath, [tsx, "lib/cli/main.ts", "import", ...sources], {
      env: { ...env, NODE_ENV: "development", LADDER_DATA_DIR: join(dataDir, "db") },
      stdio: "pipe",
    });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ""}${(error as { stderr?: Buffer }).stderr ?? ""}`;
    throw new Error(`e2e: importing the test content failed:\n${output}`);
  }
}
