/**
 * `npm run bench`: the read path under load, against static baselines of the same bytes, in one
 * run on this machine. See the README ("Performance") for what it does and the latest figures.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createToken } from "../lib/tokens/tokens";
import { nextBin, startNext, waitForHealthy } from "../tests/e2e/support/server";
import { SMALL, parseArgs } from "./args";
import { createPostgresDatabase } from "../tests/support/postgres";
import { loadDataset, longHistory, reference } from "./dataset";
import { benchHistory } from "./history";
import { type Target, measureInRounds } from "./load";
import { pageWeight } from "./weight";
import { API_FAMILY, FAMILY_PAGE, HTTP_BASELINE, NEXT_BASELINE, printReport, saveResults, smallSuffix } from "./report";
import { signedInCookie } from "./sign-in";

const root = join(import.meta.dirname, "..");
/**
 * What the README ("Running in production") recommends for a server: V8 lets its heap grow to
 * several times what is live before it collects, so under load a server holding ~100 MB of live
 * data grew past 450 MB. A bound on the old generation makes it collect sooner instead.
 */
const SERVER_NODE_OPTIONS = "--max-old-space-size=192";
const outDir = join(root, "test-results", "bench");
const started = Date.now();
const step = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${what}`);

function build(env: NodeJS.ProcessEnv, dir?: string, ...flags: string[]) {
  execFileSync(process.execPath, [nextBin, "build", ...(dir ? [dir] : []), ...flags], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
}

/**
 * The bare Next.js app, outside the repository so that nothing of Ladder's (its proxy, its
 * instrumentation) is built into it. Turbopack refuses a node_modules outside its root, so this
 * one app is built with webpack; what it serves is a static route's cached bytes either way.
 */
function buildBaselineApp(htmlFile: string, env: NodeJS.ProcessEnv): string {
  const dir = mkdtempSync(join(tmpdir(), "ladder-bench-next-"));
  cpSync(join(root, "bench", "baseline-next"), dir, { recursive: true });
  writeFileSync(join(dir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  build({ ...env, LADDER_BASELINE_HTML: htmlFile }, dir, "--webpack");
  return dir;
}

/** A Ladder server on a database of its own, loaded with a dataset, and a reader signed in to it. */
type Ladder = { base: string; cookie: string; token: string; pid: number };

/**
 * Creates a database, loads `families` and `revisions` into it, starts `next start` on it and
 * signs `employee@example.com` in through the real flow (cookie for pages, token for the API).
 */
async function startLadder(
  label: string,
  size: { families: number; revisions: number },
  ports: { app: number; sso: number },
  env: NodeJS.ProcessEnv,
  cleanups: (() => Promise<unknown>)[],
): Promise<Ladder> {
  step(`creating a database and loading ${size.families} families, ${size.revisions} revisions…`);
  const database = await createPostgresDatabase("ladder_bench");
  cleanups.push(() => database.drop());
  await loadDataset(database.url, database, size.families, size.revisions, (s) => step(`  ${s}`));

  step(`starting the server for ${size.families} families (next start, PostgreSQL)…`);
  const server = startNext({
    port: ports.app,
    env: {
      ...env,
      DATABASE_URL: database.url,
      LADDER_DEV_SSO_PORT: String(ports.sso),
      NEXTAUTH_URL: `http://localhost:${ports.app}`,
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} ${SERVER_NODE_OPTIONS}`.trim(),
    },
    logFile: join(outDir, `server${label}.log`),
  });
  cleanups.push(() => server.stop());
  const base = `http://127.0.0.1:${ports.app}`;
  await waitForHealthy(`${base}/api/health`, server, 120_000);

  step("signing a reader in through the development OIDC provider…");
  const reader = "employee@example.com";
  const cookie = await signedInCookie(`http://localhost:${ports.app}`, reader);
  const { token } = await createToken(database.db, { id: null, name: "bench" }, { email: reader }, "bench");
  return { base, cookie, token, pid: server.process.pid! };
}

const familyPath = `/job-families/${reference.department}/${reference.slug}`;

/** Ladder's own targets on one server; `suffix` names the server's dataset when there are two. */
function ladderTargets(ladder: Ladder, suffix = ""): Target[] {
  const session = { cookie: ladder.cookie };
  const app = { server: ladder.pid, app: true };
  return [
    { name: `home page${suffix}`, url: `${ladder.base}/`, headers: session, ...app },
    { name: `department page${suffix}`, url: `${ladder.base}/job-families/${reference.department}`, headers: session, ...app },
    { name: `${FAMILY_PAGE}${suffix}`, url: `${ladder.base}${familyPath}`, headers: session, ...app },
    {
      name: `${API_FAMILY}${suffix}`,
      url: `${ladder.base}/api/v1/families/${reference.department}/${reference.slug}`,
      headers: { authorization: `Bearer ${ladder.token}` },
      ...app,
    },
    {
      name: `history page, ${longHistory.revisions.toLocaleString("en")} revisions${suffix}`,
      url: `${ladder.base}/job-families/${longHistory.department}/${longHistory.slug}/history`,
      headers: session,
      ...app,
    },
    { name: `GET /api/health${suffix}`, url: `${ladder.base}/api/health`, ...app },
  ];
}

/** Each target followed by its twin on the small dataset, so that the two are measured side by side. */
function pairedWithSmall(targets: Target[], small: Target[]): Target[] {
  return targets.flatMap((target, i) => [target, small[i]]);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(outDir, { recursive: true });
  const { port } = options;
  const ports = { app: port, sso: port + 1, next: port + 2, http: port + 3, smallApp: port + 4, smallSso: port + 5 };
  const secret = randomBytes(36).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LADDER_DEV_SSO: "1",
    NEXTAUTH_SECRET: secret,
    LADDER_DEMO_CONTENT: "0",
  };
  delete env.LADDER_ROLE_MAP;
  for (const name of Object.keys(env)) if (name.startsWith("LADDER_OIDC_")) delete env[name];

  if (!options.skipBuild || !existsSync(join(root, ".next", "BUILD_ID"))) {
    step("building the production server (next build)…");
    build({ ...env, DATABASE_URL: undefined });
  }

  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    const ladder = await startLadder("", options, { app: ports.app, sso: ports.sso }, env, cleanups);
    // A bigger dataset is held against the small one measured in the same run, round by round.
    const small = options.families > SMALL.families ? await startLadder("-small", SMALL, { app: ports.smallApp, sso: ports.smallSso }, env, cleanups) : null;

    const weight = await pageWeight(`${ladder.base}${familyPath}`, ladder.cookie, root);
    const htmlFile = join(outDir, "family.html");
    writeFileSync(htmlFile, weight.html);

    step("building and starting the baselines (bare Next.js static page, node:http) with the same bytes…");
    const baselineDir = buildBaselineApp(htmlFile, env);
    cleanups.push(async () => rmSync(baselineDir, { recursive: true, force: true }));
    const nextBaseline = startNext({ port: ports.next, env, logFile: join(outDir, "baseline-next.log"), dir: baselineDir });
    cleanups.push(() => nextBaseline.stop());
    await waitForHealthy(`http://127.0.0.1:${ports.next}/family`, nextBaseline, 60_000);
    // Its own process group, like the servers, so its CPU time is counted the same way.
    const httpBaseline = spawn(process.execPath, [join(root, "bench", "baseline-http.mjs"), htmlFile, String(ports.http)], {
      stdio: "ignore",
      detached: true,
    });
    cleanups.push(async () => void httpBaseline.kill());
    await new Promise((r) => setTimeout(r, 300));

    const targets: Target[] = [
      ...(small ? pairedWithSmall(ladderTargets(ladder), ladderTargets(small, smallSuffix(SMALL))) : ladderTargets(ladder)),
      { name: NEXT_BASELINE, url: `http://127.0.0.1:${ports.next}/family`, server: nextBaseline.process.pid!, app: false },
      { name: HTTP_BASELINE, url: `http://127.0.0.1:${ports.http}/`, server: httpBaseline.pid!, app: false },
    ];
    for (const target of targets) {
      // Each target answers once before the clock starts: a cold render is not what readers meet.
      const first = await fetch(target.url, { headers: target.headers, redirect: "manual" });
      if (first.status !== 200) throw new Error(`${target.name}: ${target.url} answered ${first.status}, not 200`);
    }
    const measured = await measureInRounds(targets, options, step);

    step("timing diff, blame and history in process (bench/history.ts)…");
    const history = await benchHistory((s) => step(`  ${s}`));

    const resultsFile = join(root, "bench", "results.json");
    const report = printReport(options, measured, weight, history, small ? SMALL : null);
    saveResults(resultsFile, report);
    step("done: bench/results.json");
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
