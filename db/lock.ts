import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite has no locking between processes: two processes on one data directory silently lose
 * writes. So the embedded store takes this lock file first, and a second process fails at once
 * with a message that names the holder.
 */
export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    holderCommand: string,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in process ${holderPid} (${holderCommand}). ` +
        `PGlite allows one process at a time. Stop that process first (if it is the portal server, ` +
        `press Ctrl+C where it runs, or \`kill ${holderPid}\`), point LADDER_DATA_DIR at another folder, ` +
        `or set DATABASE_URL to use a PostgreSQL server, which any number of processes can share.`,
    );
    this.name = "StoreLockedError";
  }
}

type Holder = { pid: number; command: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Holder;
  } catch {
    return null; // half-written or removed meanwhile: treat as stale
  }
}

/** Takes the lock on `dataDir` for this process; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "ladder.lock");
  const me: Holder = { pid: process.pid, command: process.argv.slice(1).join(" "), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (readHolder(path)?.pid === process.pid) unlinkSync(path);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(path);
      if (holder && isAlive(holder.pid)) throw new StoreLockedError(dataDir, holder.pid, holder.command);
      // The holder died without releasing (crash, kill -9): the lock is stale.
      try {
        unlinkSync(path);
      } catch {
        /* another process removed it first; try again */
      }
    }
  }
  const holder = readHolder(path);
  throw new StoreLockedError(dataDir, holder?.pid ?? -1, holder?.command ?? "unknown");
}
