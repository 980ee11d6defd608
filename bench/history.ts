/**
 * Times the history features against issue 10's limits, in process (no server): the structured
 * diff of two revisions of the largest corpus page (limit 50 ms) and blame over a family with
 * 1,000 revisions (limit 200 ms). `npm run bench:history`; `npm run bench` calls benchHistory().
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseFamilyMarkdown } from "../lib/families/markdown/import";
import { diffDocuments } from "../lib/revisions/diff";
import { type BlameInput, blameRevisions } from "../lib/revisions/blame";
import { sharedDir } from "../tests/support/shared-data";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.md(\.erb)?$/.test(e.name) && e.name !== "README.md" ? [join(dir, e.name)] : [],
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export type HistoryBenchRow = { name: string; ms: number; limitMs: number | null; met: boolean | null };

const row = (name: string, ms: number, limitMs: number | null = null): HistoryBenchRow => ({
  name,
  ms,
  limitMs,
  met: limitMs === null ? null : ms <= limitMs,
});

/** Every figure of the history bench, in the order printed. */
export async function benchHistory(progress: (s: string) => void = () => {}): Promise<{ store: string; rows: HistoryBenchRow[] }> {
  progress("diff and blame in memory…");
  const largest = files(join(sharedDir, "corpus")).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const before = parseFamilyMarkdown(readFileSync(largest), { file: largest, department: "bench", slug: "largest" });
  // A realistic edit: words changed in several items, one removed, one added, one moved, overview reworded.
  const after = structuredClone(before);
  after.overview = `${after.overview} Reworded for the benchmark.`;
  for (const level of after.levels) {
    const items = level.requirements.filter((r) => r.kind === "item");
    if (items[0]) items[0].text += " and more";
    level.responsibilities.reverse();
    level.requirements.push({ kind: "item", text: "A requirement added by the benchmark", ordered: false, children: [] });
  }
  const diffMs = time(50, () => diffDocuments(before, after));

  const reference = parseFamilyMarkdown(readFileSync(join(sharedDir, "seed", "product-management-leadership.md")), {
    file: "reference",
    department: "product",
    slug: "product-management-leadership",
  });
  const revisions: BlameInput[] = [];
  let doc = reference;
  for (let n = 1; n <= 1000; n++) {
    doc = structuredClone(doc);
    const level = doc.levels[n % doc.levels.length];
    const list = level.requirements.length ? level.requirements : level.responsibilities;
    if (list.length) list[n % list.length] = { ...list[n % list.length], text: `${list[n % list.length].text.split(" (rev")[0]} (rev ${n})` };
    // Stored revisions come back from JSONB as separate objects: no sharing between them.
    revisions.push({ number: n, authorName: n % 2 ? "ann" : "bob", createdAt: new Date(n * 1000), document: JSON.parse(JSON.stringify(doc)) });
  }
  const blameMs = time(5, () => blameRevisions(revisions));

  return {
    store: "in memory",
    rows: [
      row(`structured diff, largest corpus page (${largest.split("/").slice(-3, -1).join("/")})`, diffMs, 50),
      row("blame, reference family with 1,000 revisions (in memory)", blameMs, 200),
    ],
  };
}

export function formatHistoryRow(r: HistoryBenchRow): string {
  const limit = r.limitMs === null ? "" : `   limit ${r.limitMs} ms   ${r.met ? "met" : "MISSED"}`;
  return `${r.name.padEnd(66)} ${r.ms.toFixed(1).padStart(7)} ms${limit}`;
}

if (import.meta.filename === process.argv[1]) {
  const { store, rows } = await benchHistory((s) => console.log(`  ${s}`));
  console.log(`History (${store}):`);
  for (const r of rows) console.log(formatHistoryRow(r));
}
