import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";

export type LoadResult = { requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; bytes: number };

/** A round's figures with the server's CPU time per answer (ms): what an answer costs, whatever else the machine runs. */
export type RoundResult = LoadResult & { cpuMsPerRequest: number };

/**
 * What to load. `server`: the process group answering it, whose CPU time is counted; `app`
 * targets are Ladder's own, whose memory is sampled meanwhile.
 */
export type Target = { name: string; url: string; headers?: Record<string, string>; server: number; app: boolean };

/** One target over every round, and the peak server memory while it was loaded (app targets). */
export type Measured = { name: string; rounds: RoundResult[]; rss: number | null };

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

/** Each process of a process group (`next start` and any child it forks): resident memory and CPU time used. */
function groupProcesses(pgid: number): { rss: number; cpuMs: number }[] {
  const found: { rss: number; cpuMs: number }[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start at ") ": state, ppid, pgrp, …,
      // utime and stime (user and system CPU, in clock ticks) 11 and 12 fields on.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      found.push({ rss: rss ? Number(rss[1]) * 1024 : 0, cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS });
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/** Linux's USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;

/** CPU time (ms) a process group has used so far. */
const groupCpuMs = (pgid: number) => groupProcesses(pgid).reduce((sum, p) => sum + p.cpuMs, 0);

/** Samples the group's largest process every half second; `stop()` returns the peak. */
export function sampleRss(pgid: number): { stop(): number } {
  let peak = 0;
  const take = () => (peak = Math.max(peak, ...groupProcesses(pgid).map((p) => p.rss), 0));
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
  options: { rounds: number; duration: number; connections: number },
  step: (what: string) => void,
): Promise<Measured[]> {
  const measured: Measured[] = targets.map((t) => ({ name: t.name, rounds: [], rss: t.app ? 0 : null }));
  for (let round = 1; round <= options.rounds; round++) {
    step(`round ${round}/${options.rounds}: ${targets.length} targets, ${options.connections} connections, ${options.duration} s each…`);
    for (const [i, target] of targets.entries()) {
      const rss = target.app ? sampleRss(target.server) : null;
      const cpuBefore = groupCpuMs(target.server);
      const result = await load(target.url, { duration: options.duration, connections: options.connections, headers: target.headers });
      const cpuMsPerRequest = result.requests ? (groupCpuMs(target.server) - cpuBefore) / result.requests : 0;
      measured[i].rounds.push({ ...result, cpuMsPerRequest });
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
