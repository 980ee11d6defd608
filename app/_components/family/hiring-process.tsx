import type { HiringStage } from "@/lib/families/document";
import { formatMinutes, hiringSummary } from "@/lib/families/levels";
import { Markdown } from "../markdown";

/** "6 stages · 4 h 30 min of interviews": what a candidate wants to know first. */
function Summary({ stages }: { stages: HiringStage[] }) {
  const { stages: count, minutes, untimed } = hiringSummary(stages);
  if (count === 0) return null;
  return (
    <p className="mb-3 text-sm text-slate-600" data-testid="hiring-summary">
      <strong className="text-slate-900">
        {count} {count === 1 ? "stage" : "stages"}
      </strong>
      {minutes > 0 && (
        <>
          {" · "}
          <strong className="text-slate-900">{formatMinutes(minutes)}</strong> of interviews
          {untimed > 0 && ` (${untimed} ${untimed === 1 ? "stage states" : "stages state"} no duration)`}
        </>
      )}
    </p>
  );
}

/** The stages as a numbered timeline (styled in globals.css), prose between them kept in place. */
export function HiringProcess({ stages }: { stages: HiringStage[] }) {
  if (stages.length === 0) return null;
  let step = 0;
  return (
    <div>
      <Summary stages={stages} />
      <ol className="timeline">
        {stages.map((stage, i) =>
          stage.kind === "note" ? (
            <li key={i} className="note">
              <Markdown source={stage.text} />
            </li>
          ) : (
            <li key={i}>
              <span className="step" aria-hidden="true">
                {++step}
              </span>
              <Markdown source={stage.text} inline />
              {stage.durationMinutes !== null && <span className="duration">{formatMinutes(stage.durationMinutes)}</span>}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
