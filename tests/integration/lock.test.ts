import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../db/client";
import { StoreLockedError, lockDataDir } from "../../db/lock";
import { migrateDatabase } from "../../db/migrate";
import { emptyFamily } from "../../lib/families/document";
import { listFamilies } from "../../lib/families/queries";
import { saveRevision } from "../../lib/revisions/save";
import { createPostgresDatabase, hasPostgres } from "../support/databases";

const run = promisify(execFile);
const opened: DatabaseHandle[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => h.close()));
});

describe("the embedded store's lock", () => {
  it("makes a second process fail at once, naming the holder's PID", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ladder-lock-"));
    opened.push(await openDatabase({ kind: "pglite", dataDir }));

    const started = Date.now();
    const result = await run("npx", ["tsx", "lib/cli/main.ts", "migrate"], {
      env: { ...process.env, LADDER_DATA_DIR: dataDir, DATABASE_URL: "" },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`already open in process ${process.pid}`);
    expect(result.stderr).toContain("DATABASE_URL");
    // "At once": no waiting for the holder (npx + tsx start-up is most of this).
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("refuses a second open in the same process too", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ladder-lock-"));
    opened.push(await openDatabase({ kind: "pglite", dataDir }));
    await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toBeInstanceOf(StoreLockedError);
  });

  it("takes over a lock left by a process that died, and keeps the data", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ladder-lock-"));
    const first = await openDatabase({ kind: "pglite", dataDir });
    await migrateDatabase(first);
    await saveRevision(first.db, {
      document: emptyFamily("product", "kept", "Kept"),
      baseRevision: null,
      author: { id: null, name: "t" },
      summary: "",
    });
    await first.close();
    // A crashed holder leaves its file behind; no process has this PID.
    writeFileSync(join(dataDir, "ladder.lock"), JSON.stringify({ pid: 2 ** 22 + 7, command: "crashed", since: "" }));
    const second = await openDatabase({ kind: "pglite", dataDir });
    opened.push(second);
    expect((await listFamilies(second.db)).map((f) => f.slug)).toEqual(["kept"]);
  });
});

describe("the lock file itself", () => {
  it("takes over a lock that names this process's PID but that this process does not hold", () => {
    // A container restarts its server with the same PID: the lock the dead run left looks like ours.
    const dataDir = mkdtempSync(join(tmpdir(), "ladder-lock-"));
    writeFileSync(join(dataDir, "ladder.lock"), JSON.stringify({ pid: process.pid, command: "previous run", since: "" }));
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(StoreLockedError);
    release();
    lockDataDir(dataDir)();
  });

  it("lets exactly one of several processes take over a stale lock at the same moment", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ladder-lock-"));
    writeFileSync(join(dataDir, "ladder.lock"), JSON.stringify({ pid: 2 ** 22 + 9, command: "crashed", since: "" }));
    // Each contender takes the lock, holds it for a moment, and reports whether it got it.
    const contender = join(dataDir, "contender.mts");
    writeFileSync(
      contender,
      `import { lockDataDir } from ${JSON.stringify(join(process.cwd(), "db", "lock.ts"))};
      try { lockDataDir(${JSON.stringify(dataDir)}); console.log("got"); setTimeout(() => {}, 3000); }
      catch { console.log("refused"); }`,
    );
    const results = await Promise.all(
      Array.from({ length: 4 }, () => run("npx", ["tsx", contender]).then(({ stdout }) => stdout.trim())),
    );
    expect(results.filter((r) => r === "got")).toHaveLength(1);
    expect(results.filter((r) => r === "refused")).toHaveLength(3);
  });
});

describe.skipIf(!hasPostgres)("PostgreSQL", () => {
  it("is shared by several processes: no lock is taken", async () => {
    const database = await createPostgresDatabase();
    try {
      const { stdout } = await run("npx", ["tsx", "lib/cli/main.ts", "migrate"], {
        env: { ...process.env, DATABASE_URL: database.url },
      });
      expect(stdout).toContain("Migrations applied to PostgreSQL");
    } finally {
      await database.drop();
    }
  });
});
