import type { HiringStage } from "@/lib/families/document";
import { Markdown } from "../markdown";

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The stages as a numbered timeline, with the total interview time the text states. */
export function HiringProcess({ stages }: { stages: HiringStage[] }) {
  if (stages.length === 0) return null;
  const timed = stages.filter((s) => s.kind === "stage" && s.durationMinutes !== null);
  const total = timed.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0);
  let step = 0;
  return (
    <div>
      {total > 0 && (
        <p className="mb-3 text-sm text-slate-600">
          {timed.length} timed {timed.length === 1 ? "stage" : "stages"}, about{" "}
          <strong className="text-slate-900">{formatMinutes(total)}</strong> of interviews in total.
        </p>
      )}
      <ol className="relative border-l border-slate-200 ml-3">
        {stages.map((stage, i) =>
          stage.kind === "note" ? (
            <li key={i} className="ml-6 my-3 text-slate-600 list-none">
              <Markdown source={stage.text} />
            </li>
          ) : (
            <li key={i} className="ml-6 my-3 list-none">
              <span className="absolute -left-3 flex h-6 w-6 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-800">
                {++step}
              </span>
              <Markdown source={stage.text} inline />
              {stage.durationMinutes !== null && (
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                  {formatMinutes(stage.durationMinutes)}
                </span>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
