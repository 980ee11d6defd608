import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../db/client";
import { StoreLockedError } from "../../db/lock";
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
