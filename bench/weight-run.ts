/**
 * `npm run bench:weight`: only the weight part of the bench, for every reading page, in a minute
 * rather than the whole load run. Builds (unless `--skip-build`), loads the reference family into
 * a fresh PostgreSQL database, signs a reader in, and prints each page's HTML, gzip and script
 * bytes, and with `--chunks` which scripts beyond the framework's each page loads. Each page's
 * HTML is left in test-results/bench/weight-<page>.html to look into.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nextBin, startNext, waitForHealthy } from "../tests/e2e/support/server";
import { createPostgresDatabase } from "../tests/support/postgres";
import { loadDataset, reference } from "./dataset";
import { signedInCookie } from "./sign-in";
import { pageWeight } from "./weight";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const port = Number(process.env.LADDER_BENCH_PORT ?? 4320);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const family = `/job-families/${reference.department}/${reference.slug}`;
const level = (slug: string) => `${reference.department}/${reference.slug}/${slug}`;
const pages: [string, string][] = [
  ["home", "/"],
  ["department", `/job-families/${reference.department}`],
  ["family", family],
  ["level", `${family}/director-of-product-management`],
  ["grades", "/grades"],
  ["search", "/search?q=roadmap"],
  ["compare", `/compare?a=${level("group-manager-product-gmp")}&b=${level("director-of-product-management")}`],
];

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LADDER_DEV_SSO: "1",
    LADDER_DEV_SSO_PORT: String(port + 1),
    NEXTAUTH_SECRET: randomBytes(36).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    LADDER_DEMO_CONTENT: "0",
  };
  if (!args.includes("--skip-build") || !existsSync(join(root, ".next", "BUILD_ID"))) {
    execFileSync(process.execPath, [nextBin, "build"], { cwd: root, env: { ...env, DATABASE_URL: undefined }, stdio: ["ignore", "inherit", "inherit"] });
  }
  const database = await createPostgresDatabase("ladder_weight");
  const outDir = join(root, "test-results", "bench");
  mkdirSync(outDir, { recursive: true });
  let server: ReturnType<typeof startNext> | undefined;
  try {
    await loadDataset(database.url, database, 10, 100, () => {});
    server = startNext({ port, env: { ...env, DATABASE_URL: database.url }, logFile: join(outDir, "weight-server.log") });
    await waitForHealthy(`http://127.0.0.1:${port}/api/health`, server, 120_000);
    const cookie = await signedInCookie(`http://localhost:${port}`, "employee@example.com");
    console.log("page        HTML       gzip       scripts (gzip)   beyond framework");
    for (const [name, path] of pages) {
      const w = await pageWeight(`http://127.0.0.1:${port}${path}`, cookie, root);
      writeFileSync(join(outDir, `weight-${name}.html`), w.html);
      console.log(`${name.padEnd(11)} ${kb(w.htmlBytes).padEnd(10)} ${(w.contentEncoding === "gzip" ? kb(w.wireBytes) : `${kb(w.wireBytes)} NOT COMPRESSED`).padEnd(10)} ${kb(w.scriptBytes).padEnd(16)} ${kb(w.extraScriptBytes)}`);
      if (args.includes("--chunks")) for (const [src, bytes] of w.extraScripts) console.log(`    ${kb(bytes).padStart(9)}  ${src}`);
    }
  } finally {
    await server?.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(`bench:weight failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
