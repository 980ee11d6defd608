/**
 * Times the history features against issue 10's limits: the structured diff of two revisions of
 * the largest corpus page (limit 50 ms, in memory), blame of a family with 1,000 revisions saved
 * through saveRevision (limit 200 ms; cold = the first read on a fresh connection, as the first
 * request after a server start), and the history list of a family with 10,000 revisions. On a
 * PostgreSQL database of its own (PGlite in memory when no server answers).
 *
 * `npm run bench:history` prints the rows; `npm run bench` calls `benchHistory()` and prints the
 * same rows. Each row: { name, ms, limitMs (null: no limit set, shown for information), met }.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { revisionBlames } from "../db/schema";
import { emptyFamily, type JobFamily } from "../lib/families/document";
import { parseFamilyMarkdown } from "../lib/families/markdown/import";
import { blameFamily } from "../lib/revisions/blame-store";
import { diffDocuments } from "../lib/revisions/diff";
import { historyPage, parseHistoryQuery } from "../lib/revisions/history";
import { saveRevision } from "../lib/revisions/save";
import { createPostgresDatabase, postgresAvailable } from "../tests/support/postgres";
import { referencePage, sharedDir } from "../tests/support/shared-data";

export type HistoryBenchRow = { name: string; ms: number; limitMs: number | null; met: boolean | null };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.md(\.erb)?$/.test(e.name) && e.name !== "README.md" ? [join(dir, e.name)] : [],
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(runs: number, fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const row = (name: string, ms: number, limitMs: number | null = null): HistoryBenchRow => ({
  name,
  ms,
  limitMs,
  met: limitMs === null ? null : ms <= limitMs,
});

/** Two revisions of the largest corpus page, a realistic edit apart. */
async function diffRow(): Promise<HistoryBenchRow> {
  const largest = files(join(sharedDir, "corpus")).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const before = parseFamilyMarkdown(readFileSync(largest), { file: largest, department: "bench", slug: "largest" });
  // Words changed in several items, one added, a list reordered, the overview reworded.
  const after = structuredClone(before);
  after.overview = `${after.overview} Reworded for the benchmark.`;
  for (const level of after.levels) {
    const items = level.requirements.filter((r) => r.kind === "item");
    if (items[0]) items[0].text += " and more";
    level.responsibilities.reverse();
    level.requirements.push({ kind: "item", text: "A requirement added by the benchmark", ordered: false, children: [] });
  }
  const ms = await time(50, () => diffDocuments(before, after));
  return row(`structured diff, largest corpus page (${largest.split("/").slice(-3, -1).join("/")})`, ms, 50);
}

/** Revision n of the reference family: one requirement (or responsibility) of one level reworded. */
function edited(doc: JobFamily, n: number): JobFamily {
  const next = structuredClone(doc);
  const level = next.levels[n % next.levels.length];
  const list = level.requirements.length ? level.requirements : level.responsibilities;
  if (list.length) list[n % list.length] = { ...list[n % list.length], text: `${list[n % list.length].text.split(" (rev")[0]} (rev ${n})` };
  return next;
}

type Store = { label: string; open(): Promise<DatabaseHandle>; drop(): Promise<void> };

async function createStore(): Promise<Store> {
  if (await postgresAvailable()) {
    const database = await createPostgresDatabase("ladder_bench_history");
    await database.close();
    return {
      label: "PostgreSQL",
      open: () => openDatabase({ kind: "postgres", url: database.url }),
      drop: () => database.drop(),
    };
  }
  // In memory, one connection: "fresh" is the same connection, so cold means new process state only.
  const handle = await openDatabase({ kind: "memory" });
  await migrateDatabase(handle);
  return { label: "PGlite", open: async () => ({ ...handle, close: async () => {} }), drop: () => handle.close() };
}

const BLAME_REVISIONS = 1000;
const HISTORY_REVISIONS = 10_000;

/** Blame of the reference family after 1,000 saves by two people. */
async function blameRows(store: Store, progress: (s: string) => void): Promise<HistoryBenchRow[]> {
  const loading = await store.open();
  const authors = [
    { id: null, name: "ann@example.com" },
    { id: null, name: "bob@example.com" },
  ];
  let doc = parseFamilyMarkdown(readFileSync(referencePage), { file: "reference", department: "product", slug: "blamed" });
  const saveStarted = performance.now();
  for (let n = 1; n <= BLAME_REVISIONS; n++) {
    if (n > 1) doc = edited(doc, n);
    await saveRevision(loading.db, { document: doc, baseRevision: n === 1 ? null : n - 1, author: authors[n % 2], summary: `edit ${n}` });
    if (n % 250 === 0) progress(`saved ${n}/${BLAME_REVISIONS} revisions`);
  }
  const saveMs = (performance.now() - saveStarted) / BLAME_REVISIONS;
  await loading.close();

  // A fresh connection and nothing read yet: the first request after a server start.
  const fresh = await store.open();
  const t = performance.now();
  await blameFamily(fresh.db, "product", "blamed");
  const coldMs = performance.now() - t;
  const warmMs = await time(5, () => blameFamily(fresh.db, "product", "blamed"));
  const oldMs = await time(5, () => blameFamily(fresh.db, "product", "blamed", 500));
  // Revisions saved before blame was stored (or rows lost): the one walk that stores them all.
  await fresh.db.delete(revisionBlames);
  const b = performance.now();
  await blameFamily(fresh.db, "product", "blamed");
  const backfillMs = performance.now() - b;
  await fresh.close();
  return [
    row(`blame, reference family, ${BLAME_REVISIONS.toLocaleString("en")} revisions, cold (first read)`, coldMs, 200),
    row("blame, same family, warm", warmMs, 200),
    row("blame, same family, revision 500", oldMs, 200),
    row("blame, same family, first read with nothing stored (once)", backfillMs),
    row("save of one revision, blame included (mean of the 1,000)", saveMs),
  ];
}

/** The history list of a family with 10,000 revisions: first page, a deep page, filtered. */
async function historyRows(store: Store): Promise<HistoryBenchRow[]> {
  const handle = await store.open();
  const db = handle.db;
  let doc = emptyFamily("product", "long-history", "Long history");
  doc = { ...doc, responsibilities: [{ kind: "item", text: "Responsibility", ordered: false, children: [] }] };
  await saveRevision(db, { document: doc, baseRevision: null, author: { id: null, name: "ann@example.com" }, summary: "created" });
  // Bulk SQL: 10,000 saves one by one would take minutes and time nothing the list does.
  await db.execute(sql`
    insert into revisions (family_id, number, document, author_name, summary, base_number, created_at)
    select f.id, n, jsonb_set(r.document, '{description}', to_jsonb('Revision ' || n)),
      case when n % 3 = 0 then 'bob@example.com' else 'ann@example.com' end, 'edit ' || n, n - 1,
      now() - (${HISTORY_REVISIONS} - n) * interval '1 hour'
    from job_families f join revisions r on r.family_id = f.id and r.number = 1
    cross join generate_series(2, ${HISTORY_REVISIONS}) n where f.slug = 'long-history'`);
  await db.execute(sql`update job_families set current_revision = ${HISTORY_REVISIONS} where slug = 'long-history'`);
  await db.execute(sql`analyze`);
  const page = (params: Record<string, string>) => () => historyPage(db, "product", "long-history", parseHistoryQuery(params));
  const coldMs = await time(1, page({}));
  const warmMs = await time(5, page({}));
  const deepMs = await time(5, page({ before: "200" }));
  const authorMs = await time(5, page({ author: "bob@example.com", before: "5000" }));
  const since = new Date(Date.now() - 2000 * 3_600_000).toISOString().slice(0, 10);
  const rangeMs = await time(5, page({ since, until: since }));
  await handle.close();
  const n = HISTORY_REVISIONS.toLocaleString("en");
  return [
    row(`history, ${n} revisions, first page (change sizes computed)`, coldMs),
    row(`history, ${n} revisions, first page`, warmMs),
    row(`history, ${n} revisions, a page near the oldest`, deepMs),
    row(`history, ${n} revisions, by author, from the middle`, authorMs),
    row(`history, ${n} revisions, one day`, rangeMs),
  ];
}

/** Every figure of the history bench, in the order printed. */
export async function benchHistory(progress: (s: string) => void = () => {}): Promise<{ store: string; rows: HistoryBenchRow[] }> {
  const rows = [await diffRow()];
  const store = await createStore();
  try {
    progress(`saving ${BLAME_REVISIONS} revisions on ${store.label}…`);
    rows.push(...(await blameRows(store, progress)));
    progress(`writing a family with ${HISTORY_REVISIONS} revisions…`);
    rows.push(...(await historyRows(store)));
  } finally {
    await store.drop();
  }
  return { store: store.label, rows };
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
