import { formatTime } from "@/app/_components/format-time";
import type { RevisionMeta } from "@/lib/families/queries";

/** Which revision one side of a comparison is: number, author, time and summary. */
export function RevisionCard({ label, revision }: { label: string; revision: RevisionMeta }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm" data-testid={`revision-${label.toLowerCase()}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 font-semibold">
        Revision {revision.number} · by {revision.authorName}
      </p>
      <p className="text-slate-600">{formatTime(revision.createdAt)}</p>
      <p className="mt-1 text-slate-800">{revision.summary}</p>
    </div>
  );
}
