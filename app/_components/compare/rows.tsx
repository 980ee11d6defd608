import type { Row, Segment } from "@/lib/compare/align";

function Words({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.change === "added" ? (
      <ins key={i}>{s.text}</ins>
    ) : s.change === "removed" ? (
      <del key={i}>{s.text}</del>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}

const SAYS = { same: "Both", reworded: "Reworded", removed: "Only in the first", added: "Only in the second" };

/**
 * Aligned lines as a two-column grid (one column on a phone): each row is one point, the first
 * level's wording left, the second's right, with words only one side has marked (ins/del, so the
 * difference is not carried by colour alone). Styled in globals.css.
 */
export function CompareRows({ rows, labels }: { rows: Row[]; labels: [string, string] }) {
  if (rows.length === 0) return <p className="text-slate-600">Neither level lists anything here.</p>;
  return (
    <div className="compare-rows" role="table" aria-label={`${labels[0]} compared with ${labels[1]}`}>
      <div role="row" className="compare-head">
        <span role="columnheader">{labels[0]}</span>
        <span role="columnheader">{labels[1]}</span>
      </div>
      {rows.map((row, i) => (
        <div role="row" key={i} className={`compare-row ${row.kind}${row.label ? " label" : ""}`} style={{ paddingLeft: `${row.depth}rem` }} title={SAYS[row.kind]}>
          <span role="cell">{row.kind === "reworded" ? <Words segments={row.a} /> : row.kind === "added" ? null : row.kind === "removed" ? <del>{row.text}</del> : row.text}</span>
          <span role="cell">{row.kind === "reworded" ? <Words segments={row.b} /> : row.kind === "removed" ? null : row.kind === "added" ? <ins>{row.text}</ins> : row.text}</span>
        </div>
      ))}
    </div>
  );
}
