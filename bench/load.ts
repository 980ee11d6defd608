import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";

export type LoadResult = { requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; bytes: number };

/** What to load: `app` targets are Ladder's own (their server's memory is sampled meanwhile). */
export type Target = { name: string; url: string; headers?: Record<string, string>; app: boolean };

/** One target over every round, and the peak server memory while it was loaded (app targets). */
export type Measured = { name: string; rounds: LoadResult[]; rss: number | null };

/** `connections` clients asking for `url` for `duration` seconds, as fast as it answers. */
export async function load(url: string, options: { duration: number; connections: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections, duration: options.duration, headers: options.headers });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}

/** Resident memory (bytes) of each process in a process group (`next start` and its next-server child). */
export function groupRss(pgid: number): number[] {
  const sizes: number[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start at ") ": state, ppid, pgrp.
      const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (group !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) sizes.push(Number(rss[1]) * 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return sizes;
}

/** Samples the group's largest process every half second; `stop()` returns the peak. */
export function sampleRss(pgid: number): { stop(): number } {
  let peak = 0;
  const take = () => (peak = Math.max(peak, ...groupRss(pgid), 0));
  take();
  const timer = setInterval(take, 500);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}

/**
 * Every target in turn, `rounds` times over (A, B, baseline, A, B, baseline …): on a shared
 * machine the load from elsewhere comes and goes, and a target measured minutes away from its
 * baseline would be compared under other conditions. Interleaved, each round's ratios are taken
 * under the same conditions, and the median of the rounds passes over a noisy one.
 */
const SETTLE_MS = 1000;

export async function measureInRounds(
  targets: Target[],
  options: { rounds: number; duration: number; connections: number; serverGroup: number },
  step: (what: string) => void,
): Promise<Measured[]> {
  const measured: Measured[] = targets.map((t) => ({ name: t.name, rounds: [], rss: t.app ? 0 : null }));
  for (let round = 1; round <= options.rounds; round++) {
    step(`round ${round}/${options.rounds}: ${targets.length} targets, ${options.connections} connections, ${options.duration} s each…`);
    for (const [i, target] of targets.entries()) {
      const rss = target.app ? sampleRss(options.serverGroup) : null;
      const result = await load(target.url, { duration: options.duration, connections: options.connections, headers: target.headers });
      measured[i].rounds.push(result);
      if (rss) measured[i].rss = Math.max(measured[i].rss ?? 0, rss.stop());
      if (result.non2xx || result.errors) console.log(`  warning: ${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      // Requests still in flight when the clock stopped (a slow page leaves some) are not the next target's load.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
  }
  return measured;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
