import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
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

/** Lock files this process holds now: the only way to tell our own lock from a dead process's
 * that happened to have our PID (containers restart with the same PID). */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function parseHolder(text: string | null): Holder | null {
  try {
    return text ? (JSON.parse(text) as Holder) : null;
  } catch {
    return null; // half-written: treated as stale
  }
}

function isHeld(path: string, holder: Holder | null): boolean {
  if (!holder) return false;
  if (holder.pid === process.pid) return heldHere.has(path);
  return isAlive(holder.pid);
}

/**
 * Removes a stale lock file, but only the one that was judged stale: it is first moved aside
 * atomically, and put back if it turns out another process replaced it meanwhile.
 */
function removeStale(path: string, staleText: string | null): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // already gone: someone else cleared it
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path); // a fresh lock: give it back
    } catch {
      /* another process holds the path now; it is theirs */
    }
  }
  unlinkSync(aside);
}

/** Takes the lock on `dataDir` for this process; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "ladder.lock");
  const me: Holder = { pid: process.pid, command: process.argv.slice(1).join(" "), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        process.off("exit", release);
        if (parseHolder(readText(path))?.pid === process.pid) unlinkSync(path);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const text = readText(path);
      const holder = parseHolder(text);
      if (holder && isHeld(path, holder)) throw new StoreLockedError(dataDir, holder.pid, holder.command);
      // The holder died without releasing (crash, kill -9): the lock is stale.
      removeStale(path, text);
    }
  }
  const holder = parseHolder(readText(path));
  throw new StoreLockedError(dataDir, holder?.pid ?? -1, holder?.command ?? "unknown");
}
