import Link from "next/link";
import { alignLists, tally } from "@/lib/compare/align";
import type { LoadedLevel } from "@/lib/compare/load";
import { plainText } from "@/lib/compare/plain-text";
import type { Item } from "@/lib/families/document";
import { formatMinutes, hiringSummary } from "@/lib/families/levels";
import { levelPagePath } from "@/lib/families/paths";
import { CompareRows } from "./rows";

/** Prose paragraphs as list entries, so an intro lines up paragraph by paragraph like a list. */
const paragraphs = (markdown: string): Item[] =>
  markdown
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((text) => ({ kind: "note", text, ordered: false, children: [] }));

function hiring(level: LoadedLevel["level"]): string {
  const { stages, minutes } = hiringSummary(level.hiringProcess);
  if (stages === 0) return "—";
  return `${stages} ${stages === 1 ? "stage" : "stages"}${minutes > 0 ? ` · ${formatMinutes(minutes)}` : ""}`;
}

function Part({ id, title, a, b, labels }: { id: string; title: string; a: Item[]; b: Item[]; labels: [string, string] }) {
  const rows = alignLists(a, b);
  const counts = tally(rows);
  return (
    <section className="mt-8" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mb-3 text-sm text-slate-600" data-testid={`${id}-tally`}>
        {counts.added} added · {counts.removed} removed · {counts.reworded} reworded · {counts.same} the same
      </p>
      <CompareRows rows={rows} labels={labels} />
    </section>
  );
}

/** Two levels side by side: the facts, then intro, responsibilities and requirements aligned line by line. */
export function Comparison({ a, b }: { a: LoadedLevel; b: LoadedLevel }) {
  const labels: [string, string] = [a.level.title, b.level.title];
  const facts: [string, (x: LoadedLevel) => React.ReactNode][] = [
    ["Level", (x) => <Link href={levelPagePath(x.revision.document.department, x.revision.document.slug, x.level.id)}>{x.level.title}</Link>],
    ["Family", (x) => x.revision.document.title],
    ["Grade", (x) => x.level.grade ?? "—"],
    ["Reports to", (x) => (x.level.reportsTo ? plainText(x.level.reportsTo).replace(/^reports\s+(either\s+)?to\s+/i, "") : "—")],
    ["Hiring", (x) => hiring(x.level)],
  ];
  return (
    <>
      <table className="compare-facts mt-6 w-full text-sm">
        <caption className="sr-only">The two levels at a glance</caption>
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value(a)}</td>
              <td>{value(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-sm text-slate-600">
        Words only the first level has are <del>struck through</del>; words only the second has are <ins>underlined</ins>.
      </p>
      <Part id="intro" title="Introduction" a={paragraphs(a.level.intro)} b={paragraphs(b.level.intro)} labels={labels} />
      <Part id="responsibilities" title="Responsibilities" a={a.level.responsibilities} b={b.level.responsibilities} labels={labels} />
      <Part id="requirements" title="Requirements" a={a.level.requirements} b={b.level.requirements} labels={labels} />
    </>
  );
}
