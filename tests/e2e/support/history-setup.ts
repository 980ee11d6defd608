import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Runs history-fixture.ts (with tsx) on the data folder the server will open next. */
export function prepareHistoryFixture(env: NodeJS.ProcessEnv) {
  const tsx = join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  try {
    execFileSync(process.execPath, [tsx, join(import.meta.dirname, "history-fixture.ts")], { env, stdio: "pipe" });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ""}${(error as { stderr?: Buffer }).stderr ?? ""}`;
    throw new Error(`e2e: preparing the history fixture failed:\n${output.split("\n").slice(-20).join("\n")}`);
  }
}
