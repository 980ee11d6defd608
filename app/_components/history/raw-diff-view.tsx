import type { RawLine } from "@/lib/revisions/raw-diff";

const style = { same: "", removed: "bg-red-50 text-red-900", added: "bg-green-50 text-green-900" } as const;
const sign = { same: " ", removed: "-", added: "+" } as const;

/** The exported markdown of both revisions, line by line, unchanged stretches folded. */
export function RawDiffView({ lines }: { lines: readonly RawLine[] }) {
  if (!lines.some((l) => l.op === "added" || l.op === "removed")) {
    return <p className="mt-6 text-slate-600">The exported markdown is the same.</p>;
  }
  return (
    <div className="mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full font-mono text-xs" data-testid="raw-diff">
        <tbody>
          {lines.map((line, i) =>
            line.op === "gap" ? (
              <tr key={i} className="bg-slate-50 text-slate-500">
                <td colSpan={3} className="px-3 py-1">
                  ⋯ {line.lines} unchanged {line.lines === 1 ? "line" : "lines"}
                </td>
              </tr>
            ) : (
              <tr key={i} className={style[line.op]}>
                <td className="w-10 select-none px-2 text-right text-slate-400">{line.oldLine ?? ""}</td>
                <td className="w-10 select-none px-2 text-right text-slate-400">{line.newLine ?? ""}</td>
                <td className="whitespace-pre-wrap break-all px-2">
                  <span className="select-none">{sign[line.op]} </span>
                  {line.text}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
