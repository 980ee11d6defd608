import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, hasPostgres, type TestDatabase } from "../support/databases";

const exec = promisify(execFile);
type Run = { code: number; stdout: string; stderr: string };

function ladder(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return exec("npx", ["tsx", "lib/cli/main.ts", ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Run) => error,
  );
}

const page = (title: string, extra = "") => `---\ntitle: ${title}\n${extra}---\n\n## Responsibilities\n\n* Do things\n`;

// A whole import run through the command line, on PostgreSQL: what a run does with paths and files it cannot take.
describe.skipIf(!hasPostgres)("an import run", () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const work = mkdtempSync(join(tmpdir(), "ladder-import-run-"));

  beforeAll(async () => {
    database = await createPostgresDatabase();
    env = { DATABASE_URL: database.url! };
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("reports a missing path like a failed file and imports the others", async () => {
    const valid = join(work, "valid-folder");
    mkdirSync(valid);
    writeFileSync(join(valid, "analyst.md"), page("Analyst"));
    const missing = join(work, "missing-folder");
    const run = await ladder(env, "import", missing, valid);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${missing}: no such file or folder`);
    expect(run.stdout).toContain("Imported 2 files: 1 created, 0 updated, 0 unchanged, 1 failed; 0 warnings; 1 family, 0 levels.");
  });

  it("reports a tagged front-matter value on its key's line and counts nothing written for it", async () => {
    const file = join(work, "binary.md");
    writeFileSync(file, page("Binary", "layout: x\nbin: !!binary aGVsbG8=\n"));
    const run = await ladder(env, "import", file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${file}:4: front matter key \`bin\` is not plain data`));
    expect(run.stdout).toContain("Imported 1 file: 0 created, 0 updated, 0 unchanged, 1 failed; 0 warnings; 0 families, 0 levels.");
  });
});
