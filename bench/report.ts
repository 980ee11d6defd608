import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { BenchOptions } from "./args";
import { type HistoryBenchRow, formatHistoryRow } from "./history";
import { type Measured, median } from "./load";
import type { PageWeight } from "./weight";

export const NEXT_BASELINE = "baseline: bare Next.js static page";
export const HTTP_BASELINE = "baseline: node:http";
export const FAMILY_PAGE = "family page";
export const API_FAMILY = "API family JSON (token)";

/** How a target on the small dataset is named beside its twin on the big one. */
export const smallSuffix = (small: { families: number }) => ` · ${small.families} families`;

/** One target's figures: the medians of its rounds; ratios are each round's against the baselines in that round. */
export type Row = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** Requests per second in each round, in order, to show the spread. */
  roundsRps: number[];
  vsNext: number;
  vsHttp: number;
  /** The server's CPU time per answer (ms), and the static Next.js page's divided by it: the same ratio by cost. */
  cpuMs: number;
  vsNextCpu: number;
  rss: number | null;
  bytes: number;
  errors: number;
  non2xx: number;
};

export type Report = {
  at: string;
  families: number;
  revisions: number;
  rounds: number;
  duration: number;
  connections: number;
  rows: Row[];
  weight: Omit<PageWeight, "html">;
  history: { store: string; rows: HistoryBenchRow[] };
  targets: { what: string; met: boolean; figure: string }[];
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [line(rows[0]), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.slice(1).map(line)].join("\n");
}

/** Medians over the rounds, and each round's ratio to the baselines measured in that same round. */
export function summarise(measured: Measured[]): Row[] {
  const byName = (name: string) => measured.find((m) => m.name === name)!;
  const next = byName(NEXT_BASELINE);
  const http = byName(HTTP_BASELINE);
  return measured.map((m) => ({
    name: m.name,
    rps: median(m.rounds.map((r) => r.rps)),
    p50: median(m.rounds.map((r) => r.p50)),
    p99: median(m.rounds.map((r) => r.p99)),
    roundsRps: m.rounds.map((r) => Math.round(r.rps)),
    vsNext: median(m.rounds.map((r, i) => r.rps / next.rounds[i].rps)),
    vsHttp: median(m.rounds.map((r, i) => r.rps / http.rounds[i].rps)),
    cpuMs: median(m.rounds.map((r) => r.cpuMsPerRequest)),
    vsNextCpu: median(m.rounds.map((r, i) => next.rounds[i].cpuMsPerRequest / r.cpuMsPerRequest)),
    rss: m.rss,
    bytes: median(m.rounds.map((r) => r.bytes)),
    errors: m.rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: m.rounds.reduce((sum, r) => sum + r.non2xx, 0),
  }));
}

/**
 * The figures in one markdown table (pasteable into the README) and the targets, met or missed.
 * `small`: the dataset measured beside this one in the same run (each target's twin), which a
 * bigger run is held against round by round.
 */
export function printReport(
  options: BenchOptions,
  measured: Measured[],
  weight: PageWeight,
  history: Report["history"],
  small: { families: number; revisions: number } | null,
): Report {
  const rows = summarise(measured);
  const byName = (name: string) => rows.find((r) => r.name === name)!;
  console.log(
    `\n${options.families} families, ${options.revisions} revisions; ${options.connections} connections; ` +
      `medians of ${options.rounds} rounds of ${options.duration} s per target, interleaved\n`,
  );
  console.log(
    table([
      ["what", "req/s", "p50 ms", "p99 ms", "÷ Next static", "÷ node:http", "CPU ms/answer", "÷ Next by CPU", "server RSS", "bytes/answer", "req/s by round"],
      ...rows.map((r) => [
        r.name,
        r.rps.toFixed(0),
        r.p50.toFixed(0),
        r.p99.toFixed(0),
        pct(r.vsNext),
        pct(r.vsHttp),
        r.cpuMs.toFixed(2),
        pct(r.vsNextCpu),
        r.rss ? mb(r.rss) : "",
        kb(r.bytes),
        r.roundsRps.join(" "),
      ]),
    ]),
  );
  console.log(`\nHistory (${history.store}, in process):`);
  for (const r of history.rows) console.log(`  ${formatHistoryRow(r)}`);

  const family = byName(FAMILY_PAGE);
  const api = measured.find((m) => m.name === API_FAMILY)!;
  const familyRounds = measured.find((m) => m.name === FAMILY_PAGE)!.rounds;
  const apiVsPage = median(api.rounds.map((r, i) => r.rps / familyRounds[i].rps));
  const apiCostVsPage = median(api.rounds.map((r, i) => familyRounds[i].cpuMsPerRequest / r.cpuMsPerRequest));
  const peakRss = Math.max(...rows.map((r) => r.rss ?? 0));
  const targets = [
    { what: "family page ≥ 50% of the static Next.js page's req/s", met: family.vsNext >= 0.5, figure: pct(family.vsNext) },
    // The same ratio from what each answer costs the server: a cross-check that a busy machine moves far less.
    { what: "  the same by server CPU per answer", met: family.vsNextCpu >= 0.5, figure: pct(family.vsNextCpu) },
    { what: "family page p99 ≤ 50 ms", met: family.p99 <= 50, figure: `${family.p99.toFixed(0)} ms` },
    { what: "API family JSON at least as fast as the page", met: apiVsPage >= 1, figure: `${pct(apiVsPage)} of the page's req/s` },
    { what: "  the same by server CPU per answer", met: apiCostVsPage >= 1, figure: pct(apiCostVsPage) },
    { what: "family page HTML ≤ 100 KB", met: weight.htmlBytes <= 100 * 1024, figure: kb(weight.htmlBytes) },
    {
      what: "family page ≤ 25 KB gzip, compression on",
      met: weight.wireBytes <= 25 * 1024 && weight.contentEncoding === "gzip",
      figure: `${kb(weight.wireBytes)} (${weight.contentEncoding ?? "not compressed"})`,
    },
    { what: "≤ 20 KB gzip JavaScript beyond the framework's", met: weight.extraScriptBytes <= 20 * 1024, figure: `${kb(weight.extraScriptBytes)} of ${kb(weight.scriptBytes)}` },
    { what: "server RSS under load ≤ 300 MB", met: peakRss <= 300 * 1024 * 1024, figure: mb(peakRss) },
    ...history.rows
      .filter((r) => r.limitMs !== null)
      .map((r) => ({ what: `${r.name} ≤ ${r.limitMs} ms`, met: r.ms <= r.limitMs!, figure: `${r.ms.toFixed(1)} ms` })),
  ];
  if (small) {
    // Each target against its twin on the small dataset, measured next to it in every round: the
    // same machine, the same moment. By req/s, and by what an answer costs the server.
    const suffix = smallSuffix(small);
    for (const big of measured.filter((m) => m.rss !== null && !m.name.endsWith(suffix))) {
      const twin = measured.find((m) => m.name === `${big.name}${suffix}`);
      if (!twin) continue;
      const slower = median(big.rounds.map((r, i) => twin.rounds[i].rps / r.rps));
      const costlier = median(big.rounds.map((r, i) => r.cpuMsPerRequest / twin.rounds[i].cpuMsPerRequest));
      const rps = (m: Measured) => median(m.rounds.map((r) => r.rps)).toFixed(0);
      const cpu = (m: Measured) => median(m.rounds.map((r) => r.cpuMsPerRequest)).toFixed(2);
      targets.push({
        what: `${big.name} within 1.2× of ${small.families} families`,
        met: slower <= 1.2,
        figure: `${slower.toFixed(2)}× (${rps(big)} vs ${rps(twin)} req/s)`,
      });
      targets.push({ what: "  the same by server CPU per answer", met: costlier <= 1.2, figure: `${costlier.toFixed(2)}× (${cpu(big)} vs ${cpu(twin)} ms)` });
    }
  }
  console.log(`\n${table([["target", "figure", "met"], ...targets.map((t) => [t.what, t.figure, t.met ? "yes" : "NO"])])}\n`);
  const { html: _html, ...bytes } = weight;
  void _html;
  return {
    at: new Date().toISOString(),
    families: options.families,
    revisions: options.revisions,
    rounds: options.rounds,
    duration: options.duration,
    connections: options.connections,
    rows,
    weight: bytes,
    history,
    targets,
  };
}

/** Results by dataset size: a big run is compared with the smallest one stored. */
export function loadResults(file: string): Record<string, Report> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, Report>) : {};
}

export function saveResults(file: string, report: Report) {
  const all = loadResults(file);
  all[`${report.families} families`] = report;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
