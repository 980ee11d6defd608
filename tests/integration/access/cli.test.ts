import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The grant/revoke/token commands as an admin types them, against a fresh embedded store.

const dataDir = mkdtempSync(join(tmpdir(), "ladder-cli-access-"));
const env = { ...process.env, LADDER_DATA_DIR: join(dataDir, "data"), DATABASE_URL: "" };

function ladder(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], { env, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("ladder CLI: roles and tokens", () => {
  it("`npm run ladder -- token create` prints the token alone on its last line", () => {
    const result = spawnSync("npm", ["run", "ladder", "--", "token", "create", "--email", "bot@example.com", "--name", "HR sync"], {
      env,
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^ladder_pat_[A-Za-z0-9_-]{43}$/);

    const list = ladder("token", "list", "--email", "bot@example.com");
    expect(list.stdout).toMatch(/bot@example\.com\tHR sync\tcreated .*\tlast used never\tactive/);
    expect(list.stdout).not.toContain(lines.at(-1));
  });

  it("`token create --feed` makes a feed token, listed as such", () => {
    const created = ladder("token", "create", "--email", "reader@example.com", "--name", "Feed reader", "--feed");
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout.trimEnd().split("\n").at(-1)).toMatch(/^ladder_feed_[A-Za-z0-9_-]{43}$/);
    expect(ladder("token", "list", "--email", "reader@example.com").stdout).toMatch(/reader@example\.com\tFeed reader\t.*\tactive\tfeed/);
  });

  it("grants and revokes a scoped editor role, creating the user first", () => {
    const granted = ladder("grant", "--email", "Pat@Example.com", "--role", "editor", "--family", "product/pm");
    expect(granted.code, granted.stderr).toBe(0);
    expect(granted.stdout).toContain("pat@example.com is now editor of family product/pm.");
    const revoked = ladder("revoke", "--email", "pat@example.com", "--role", "editor", "--department", "product", "--family", "pm");
    expect(revoked.stdout).toContain("pat@example.com is no longer editor of family product/pm.");
  });

  it("fails with one clear line and exit 1 when there is nothing to revoke", () => {
    const nothing = ladder("revoke", "--email", "pat@example.com", "--role", "admin");
    expect(nothing.code).toBe(1);
    expect(nothing.stderr.trim()).toBe("ladder: pat@example.com is not admin");
  });

  it("revokes a token by owner and name", () => {
    ladder("token", "create", "--email", "ci@example.com", "--name", "deploy");
    const revoked = ladder("token", "revoke", "--email", "ci@example.com", "--name", "deploy");
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(ladder("token", "list").stdout).toMatch(/ci@example\.com\tdeploy\t.*\trevoked /);
    const again = ladder("token", "revoke", "--email", "ci@example.com", "--name", "deploy");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('has no active token named "deploy"');
  });
});
