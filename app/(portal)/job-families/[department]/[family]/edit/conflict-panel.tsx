"use client";

import { useState } from "react";
import { type MergeConflict, pathName } from "@/lib/revisions/merge";

const show = (value: unknown) => (typeof value === "string" ? value : value === undefined ? "(removed)" : JSON.stringify(value, null, 2));

/**
 * The fields both people changed, one by one: keep mine, take theirs, or write something new.
 * Mine is in the form until a choice says otherwise, so nothing typed is lost.
 */
export function ConflictPanel({ conflicts, revision, onChoose }: { conflicts: MergeConflict[]; revision: number; onChoose: (conflict: MergeConflict, value: unknown) => void }) {
  return (
    <section className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading" className="text-lg font-semibold text-amber-900">
        {conflicts.length === 1 ? "One field" : `${conflicts.length} fields`} changed by you and in revision {revision}
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Everything else has been merged. Your version is in the form; choose for each field, then save again.
      </p>
      <ol className="mt-3 space-y-4">
        {conflicts.map((c) => (
          <Choice key={pathName(c.path)} conflict={c} onChoose={onChoose} />
        ))}
      </ol>
    </section>
  );
}

function Choice({ conflict, onChoose }: { conflict: MergeConflict; onChoose: (conflict: MergeConflict, value: unknown) => void }) {
  const name = pathName(conflict.path) || "(document)";
  const [choice, setChoice] = useState<"mine" | "theirs" | "edit">("mine");
  const [text, setText] = useState(show(conflict.mine));
  const group = `conflict-${name}`;
  const pick = (next: "mine" | "theirs" | "edit") => {
    setChoice(next);
    if (next === "mine") onChoose(conflict, conflict.mine);
    if (next === "theirs") onChoose(conflict, conflict.theirs);
  };
  const edit = (value: string) => {
    setText(value);
    if (typeof conflict.mine === "string" || typeof conflict.theirs === "string") onChoose(conflict, value);
    else {
      try {
        onChoose(conflict, JSON.parse(value));
      } catch {
        // Not JSON yet; the previous choice stays in the form.
      }
    }
  };
  return (
    <li className="rounded-md border border-amber-200 bg-white p-3" data-conflict={name}>
      <fieldset>
        <legend className="font-mono text-sm font-semibold text-slate-800">{name}</legend>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          <label className="block text-sm">
            <span className="flex items-center gap-2 font-medium">
              <input type="radio" name={group} checked={choice === "mine"} onChange={() => pick("mine")} /> Keep mine
            </span>
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{show(conflict.mine)}</pre>
          </label>
          <label className="block text-sm">
            <span className="flex items-center gap-2 font-medium">
              <input type="radio" name={group} checked={choice === "theirs"} onChange={() => pick("theirs")} /> Take theirs
            </span>
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{show(conflict.theirs)}</pre>
          </label>
        </div>
        <label className="mt-2 flex items-center gap-2 text-sm font-medium">
          <input type="radio" name={group} checked={choice === "edit"} onChange={() => pick("edit")} /> Write it anew
        </label>
        {choice === "edit" && (
          <textarea aria-label={`New value for ${name}`} value={text} onChange={(e) => edit(e.target.value)} rows={4} className="mt-1 w-full rounded border border-slate-300 p-2 font-mono text-xs" />
        )}
      </fieldset>
    </li>
  );
}
