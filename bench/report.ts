import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { BenchOptions } from "./args";
import type { LoadResult } from "./load";
import type { PageWeight } from "./weight";

type Row = LoadResult & { name: string; rss: number | null };
export type Report = {
  at: string;
  families: number;
  revisions: number;
  duration: number;
  connections: number;
  rows: (Row & { vsNext: number | null; vsHttp: number | null })[];
  weight: Omit<PageWeight, "html">;
  targets: { what: string; met: boolean; figure: string }[];
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (ratio: number | null) => (ratio === null ? "" : `${(ratio * 100).toFixed(0)}%`);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [line(rows[0]), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.slice(1).map(line)].join("\n");
}

/** The figures in one markdown table (pasteable into the README) and the targets, met or missed. */
export function printReport(options: BenchOptions, rows: Row[], weight: PageWeight, previous?: Report): Report {
  const byName = (name: string) => rows.find((r) => r.name === name);
  const next = byName("baseline: bare Next.js static page")!;
  const http = byName("baseline: node:http")!;
  const withRatios = rows.map((r) => ({ ...r, vsNext: r.rps / next.rps, vsHttp: r.rps / http.rps }));
  console.log(`\n${options.families} families, ${options.revisions} revisions; ${options.connections} connections, ${options.duration} s each\n`);
  console.log(
    table([
      ["what", "req/s", "p50 ms", "p99 ms", "÷ Next static", "÷ node:http", "server RSS", "bytes/answer"],
      ...withRatios.map((r) => [r.name, r.rps.toFixed(0), String(r.p50), String(r.p99), pct(r.vsNext), pct(r.vsHttp), r.rss ? mb(r.rss) : "", kb(r.bytes)]),
    ]),
  );
  const family = byName("family page")!;
  const api = byName("API family JSON (token)")!;
  const peakRss = Math.max(...rows.map((r) => r.rss ?? 0));
  const targets = [
    { what: "family page ≥ 50% of the static Next.js page's req/s", met: family.rps >= 0.5 * next.rps, figure: pct(family.rps / next.rps) },
    { what: "family page p99 ≤ 50 ms", met: family.requests > 0 && family.p99 <= 50, figure: family.requests ? `${family.p99} ms` : "no answer in time" },
    { what: "API family JSON at least as fast as the page", met: api.rps >= family.rps, figure: `${api.rps.toFixed(0)} vs ${family.rps.toFixed(0)} req/s` },
    { what: "family page HTML ≤ 100 KB", met: weight.htmlBytes <= 100 * 1024, figure: kb(weight.htmlBytes) },
    { what: "family page ≤ 25 KB gzip, compression on", met: weight.wireBytes <= 25 * 1024 && weight.contentEncoding === "gzip", figure: `${kb(weight.wireBytes)} (${weight.contentEncoding ?? "not compressed"})` },
    { what: "≤ 20 KB gzip JavaScript beyond the framework's", met: weight.extraScriptBytes <= 20 * 1024, figure: `${kb(weight.extraScriptBytes)} of ${kb(weight.scriptBytes)}` },
    { what: "server RSS under load ≤ 300 MB", met: peakRss <= 300 * 1024 * 1024, figure: mb(peakRss) },
  ];
  if (previous && previous.families < options.families) {
    for (const row of rows.filter((r) => r.rss !== null)) {
      const before = previous.rows.find((r) => r.name === row.name);
      if (!before) continue;
      const ratio = before.rps / row.rps;
      targets.push({ what: `${row.name} within 1.2× of ${previous.families} families`, met: ratio <= 1.2, figure: `${ratio.toFixed(2)}×` });
    }
  }
  console.log(`\n${table([["target", "figure", "met"], ...targets.map((t) => [t.what, t.figure, t.met ? "yes" : "NO"])])}\n`);
  const { html: _html, ...bytes } = weight;
  void _html;
  return { at: new Date().toISOString(), families: options.families, revisions: options.revisions, duration: options.duration, connections: options.connections, rows: withRatios, weight: bytes, targets };
}

/** Results by dataset size: a big run is compared with the last small one. */
export function loadResults(file: string): Record<string, Report> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, Report>) : {};
}

export function saveResults(file: string, report: Report) {
  const all = loadResults(file);
  all[`${report.families} families`] = report;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
