import { type Change, type StructuredDiff, describeCounts } from "@/lib/revisions/diff";
import { side } from "@/lib/revisions/words";
import { WordParts } from "./word-parts";

export type DiffView = "side" | "inline";

const badge: Record<Change["kind"], string> = {
  added: "bg-green-100 text-green-800",
  removed: "bg-red-100 text-red-800",
  changed: "bg-amber-100 text-amber-900",
  moved: "bg-sky-100 text-sky-800",
};

function where(change: Change): string {
  if (change.kind === "moved") return `${change.subject} moved from position ${change.from} to ${change.to}`;
  const at = change.to ?? change.from;
  return at ? `${change.subject} ${at}` : change.subject;
}

function Before({ change }: { change: Change }) {
  if (change.before === null) return <span className="text-slate-400">—</span>;
  if (change.words) return <WordParts parts={side(change.words, "before")} />;
  return <span className={change.kind === "removed" ? "bg-red-50 text-red-900 line-through" : ""}>{change.before}</span>;
}

function After({ change }: { change: Change }) {
  if (change.after === null) return <span className="text-slate-400">—</span>;
  if (change.words) return <WordParts parts={side(change.words, "after")} />;
  return <span className={change.kind === "added" ? "bg-green-50 text-green-900" : ""}>{change.after}</span>;
}

function Inline({ change }: { change: Change }) {
  if (change.words) return <WordParts parts={change.words} />;
  if (change.kind === "removed") return <WordParts parts={[{ op: "removed", text: change.before ?? "" }]} />;
  if (change.kind === "added") return <WordParts parts={[{ op: "added", text: change.after ?? "" }]} />;
  return <span>{change.after ?? change.before}</span>;
}

/**
 * A structured diff, grouped by place ("Director → Requirements"), each change labelled added,
 * removed, changed or moved; side by side (old | new) or inline, with word-level highlights.
 * Texts are shown as their markdown source, so a changed link target or emphasis is visible.
 */
export function ChangeList({ diff, view }: { diff: StructuredDiff; view: DiffView }) {
  if (diff.groups.length === 0) return <p className="mt-6 text-slate-600">These revisions have the same content.</p>;
  return (
    <div className="mt-6 space-y-6" data-testid="structured-diff">
      {diff.groups.map((group) => (
        <section key={group.place} aria-label={group.place} className="rounded-xl border border-slate-200 bg-white">
          <h2 className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-2">
            <span className="font-semibold">{group.place}</span>
            <span className="text-sm text-slate-500">{describeCounts(group.counts)}</span>
          </h2>
          <ol className="divide-y divide-slate-100">
            {group.changes.map((change, i) => (
              <li key={i} className="px-4 py-3 text-sm" data-kind={change.kind}>
                <p className="mb-1 flex items-center gap-2 text-xs text-slate-500">
                  <span className={`rounded px-1.5 py-0.5 font-semibold uppercase ${badge[change.kind]}`}>{change.kind}</span>
                  {where(change)}
                </p>
                {view === "side" ? (
                  <div className="grid grid-cols-2 gap-4 whitespace-pre-wrap break-words" style={{ paddingLeft: `${(change.depth ?? 0) * 1}rem` }}>
                    <div aria-label="Before">
                      <Before change={change} />
                    </div>
                    <div aria-label="After">
                      <After change={change} />
                    </div>
                  </div>
                ) : (
                  <div className="whitespace-pre-wrap break-words" style={{ paddingLeft: `${(change.depth ?? 0) * 1}rem` }}>
                    <Inline change={change} />
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
