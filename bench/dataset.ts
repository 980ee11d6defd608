import { readFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import type { DatabaseHandle } from "../db/client";
import { importFiles } from "../lib/ingest/run";
import { parseFamilyMarkdown } from "../lib/families/markdown/import";
import { referencePage } from "../tests/support/shared-data";

export const reference = { department: "product", slug: "product-management-leadership" };
/** A family with a long history, for the history page (issue 10: "instant with 10,000 revisions"). */
export const longHistory = { department: "product", slug: "long-history", revisions: 10_000 };

const DEPARTMENTS = ["product", "engineering", "marketing", "sales", "support", "finance", "people", "legal", "security", "data"];
const FAMILIES_PER_STATEMENT = 50;

/**
 * The reference family through the real importer, then `families - 1` generated families and
 * `revisions` revisions in all, plus `longHistory` (not counted), written with bulk SQL: 100,000
 * saveRevision calls would take hours. Each family's revisions are whole documents like real ones;
 * the newest of the reference family is the imported page, so its figures compare across dataset
 * sizes. At most 25 families share a department.
 *
 * The search index trigger is off while the revisions go in (it indexes every inserted revision,
 * which made this slower than the rest together) and each family's current revision is indexed
 * afterwards, which is what the trigger leaves behind anyway.
 */
export async function loadDataset(url: string, handle: DatabaseHandle, families: number, revisions: number, progress: (s: string) => void) {
  const [imported] = await importFiles(handle.db, [referencePage], { department: reference.department });
  if (imported.status === "failed") throw new Error(`the reference page did not import: ${imported.error}`);

  const template = parseFamilyMarkdown(
    readFileSync(join(import.meta.dirname, "..", "db", "seed", "job-families", "engineering", "software-engineer", "index.html.md")),
    { file: "software-engineer", department: "engineering", slug: "software-engineer" },
  );
  const perFamily = Math.floor(revisions / families);
  const extra = revisions - perFamily * families; // the reference family takes the remainder
  const departmentCount = Math.max(1, Math.ceil(families / 25));
  const names = Array.from({ length: departmentCount }, (_, i) => DEPARTMENTS[i] ?? `department-${i + 1}`);

  const sql = postgres(url, { max: 1, onnotice: () => {} });
  /** A step's progress line, with the time it has taken and, by its pace so far, how long it has left. */
  const pace = (what: string, total: number, started = Date.now()) => (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const left = done < total ? `, about ${Math.ceil((seconds / done) * (total - done))} s left` : "";
    progress(`${what} ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${seconds.toFixed(0)} s${left})`);
  };
  try {
    await sql`alter table revisions disable trigger revisions_search_index`;
    await sql`insert into departments (slug, name) select s, initcap(replace(s, '-', ' ')) from unnest(${names}::text[]) s on conflict do nothing`;
    // The reference family's older revisions: copies of its current document, so it has as many as any other.
    const [ref] = await sql`select f.id, r.document from job_families f join departments d on d.id = f.department_id
      join revisions r on r.family_id = f.id and r.number = f.current_revision where d.slug = ${reference.department} and f.slug = ${reference.slug}`;
    const refRevisions = perFamily + extra;
    if (refRevisions > 1) {
      await sql`insert into revisions (family_id, number, document, author_name, summary, base_number, created_at)
        select ${ref.id}, n, ${sql.json(ref.document)}, 'bench', 'Bench revision ' || n, n - 1, now() - (${refRevisions} - n) * interval '1 hour'
        from generate_series(2, ${refRevisions}) n`;
      await sql`update job_families set current_revision = ${refRevisions} where id = ${ref.id}`;
    }
    const generated = families - 1;
    const familiesDone = pace("families", families);
    for (let start = 1; start <= generated; start += FAMILIES_PER_STATEMENT) {
      const end = Math.min(generated, start + FAMILIES_PER_STATEMENT - 1);
      await sql.begin(async (tx) => {
        await tx`insert into job_families (department_id, slug, title, current_revision)
          select d.id, 'generated-family-' || i, 'Generated Family ' || i, ${perFamily}
          from generate_series(${start}::int, ${end}::int) i
          join departments d on d.slug = (${names}::text[])[1 + (i % ${departmentCount})]`;
        await tx`insert into revisions (family_id, number, document, author_name, summary, base_number, created_at)
          select f.id, n,
            jsonb_set(jsonb_set(jsonb_set(${tx.json(template)}::jsonb, '{slug}', to_jsonb(f.slug)), '{title}', to_jsonb(f.title)),
              '{department}', to_jsonb(d.slug)),
            'bench', 'Bench revision ' || n, nullif(n - 1, 0), now() - (${perFamily} - n) * interval '1 hour'
          from job_families f join departments d on d.id = f.department_id
          cross join generate_series(1, ${perFamily}) n
          where f.slug in (select 'generated-family-' || i from generate_series(${start}::int, ${end}::int) i)`;
      });
      familiesDone(end + 1);
    }

    // The long history: each revision rewords the description, two authors take turns.
    const longDocument = { ...template, department: longHistory.department, slug: longHistory.slug, title: "Long History" };
    await sql`insert into job_families (department_id, slug, title, current_revision)
      select id, ${longHistory.slug}, ${longDocument.title}, ${longHistory.revisions} from departments where slug = ${longHistory.department}`;
    const step = 2000;
    const longDone = pace(`revisions of ${longHistory.department}/${longHistory.slug}`, longHistory.revisions);
    for (let from = 1; from <= longHistory.revisions; from += step) {
      const to = Math.min(longHistory.revisions, from + step - 1);
      await sql`insert into revisions (family_id, number, document, author_name, summary, base_number, created_at)
        select f.id, n, jsonb_set(${sql.json(longDocument)}::jsonb, '{description}', to_jsonb('Revision ' || n)),
          case when n % 3 = 0 then 'bob@example.com' else 'ann@example.com' end, 'Edit ' || n, nullif(n - 1, 0),
          now() - (${longHistory.revisions} - n) * interval '1 minute'
        from job_families f cross join generate_series(${from}::int, ${to}::int) n where f.slug = ${longHistory.slug}`;
      longDone(to);
    }

    progress("indexing the current revisions for search…");
    await sql`select ladder_index_family(r.family_id, r.document)
      from revisions r join job_families f on f.id = r.family_id and f.current_revision = r.number`;
    progress("analyze…");
    await sql`analyze`;
  } finally {
    await sql`alter table revisions enable trigger revisions_search_index`.catch(() => {});
    await sql.end();
  }
}
