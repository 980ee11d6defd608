import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, hasPostgres, type TestDatabase } from "../support/databases";
import { hasSharedData, sharedDir } from "../support/shared-data";

const exec = promisify(execFile);
const reference = join(sharedDir, "seed", "product-management-leadership.md");
const corpus = join(sharedDir, "corpus");

type Run = { code: number; stdout: string; stderr: string };

/** Runs the CLI as a user would (`npm run ladder -- …` is `tsx lib/cli/main.ts …`). */
function ladder(env: Record<string, string | undefined>, ...args: string[]): Promise<Run> {
  return exec("npx", ["tsx", "lib/cli/main.ts", ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Run) => error,
  );
}

const targets = [
  { label: "pglite", skip: false },
  { label: "postgres", skip: !hasPostgres },
];

// Reads the reference page and corpus in ../shared; without them there is nothing to import.
describe.skipIf(!hasSharedData).each(targets)("the CLI on $label", ({ label, skip }) => {
  let env: Record<string, string | undefined>;
  let postgres: TestDatabase | undefined;
  const work = mkdtempSync(join(tmpdir(), `ladder-cli-${label}-`));

  beforeAll(async () => {
    if (skip) return;
    if (label === "postgres") {
      postgres = await createPostgresDatabase();
      env = { DATABASE_URL: postgres.url };
    } else {
      env = { DATABASE_URL: "", LADDER_DATA_DIR: join(work, "data") };
    }
  });
  afterAll(async () => {
    await postgres?.drop();
  });

  it.skipIf(skip)("imports the reference page and the corpus, naming the line of a corrupt file", async () => {
    const corrupt = join(work, "broken-family.md");
    writeFileSync(corrupt, "---\ntitle: [unclosed\n---\n\nText.\n");
    const run = await ladder(env, "import", reference, corpus, corrupt);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken-family\.md:2: /);
    expect(run.stdout).toContain("Imported 12 files: 11 created, 0 updated, 0 unchanged, 1 failed; 0 warnings; 11 families");

    const again = await ladder(env, "import", reference);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Imported 1 file: 0 created, 0 updated, 1 unchanged, 0 failed");
  });

  it.skipIf(skip)("exports JSON with the reference family's structure, and nothing of the corrupt file", async () => {
    const out = join(work, "json");
    const run = await ladder(env, "export", "--format", "json", "--out", out);
    expect(run.code).toBe(0);
    expect(existsSync(join(out, "general", "broken-family.json"))).toBe(false);
    const { revision, document } = JSON.parse(
      readFileSync(join(out, "general", "product-management-leadership.json"), "utf8"),
    );
    expect(revision).toBe(1);
    expect(document.levels.map((l: { grade: number }) => l.grade)).toEqual([9.5, 10, 11, 12, 12]);
    expect(document.references).toHaveLength(6);
    expect(existsSync(join(out, "product", "product-manager.json"))).toBe(true);
    expect(existsSync(join(out, "engineering", "infrastructure--site-reliability-engineer.json"))).toBe(true);
  });

  it.skipIf(skip)("re-imports its own markdown export without a single change", async () => {
    const out = join(work, "md");
    expect((await ladder(env, "export", "--format", "md", "--out", out)).code).toBe(0);
    const exported = join(out, "job-families", "general", "product-management-leadership", "index.html.md");
    expect(readFileSync(exported, "utf8")).toContain("## Levels");
    const run = await ladder(env, "import", join(out, "job-families"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Imported 11 files: 0 created, 0 updated, 11 unchanged, 0 failed; 0 warnings; 11 families");
  });
});
