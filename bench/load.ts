import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";

export type LoadResult = { requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; bytes: number };

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
