"use client";

import { useState, useSyncExternalStore } from "react";
import { type Choice, conflictField, encodeValue, isTextField } from "@/lib/editing/conflict-choices";
import { type Path, pathName } from "@/lib/revisions/merge";

/** A field both people changed, as the conflict view shows it, with the choice made so far. */
export type OpenConflict = { path: Path; mine: unknown; theirs: unknown; choice: Choice; edit: string };

export const showValue = (value: unknown) => (typeof value === "string" ? value : value === undefined ? "(removed)" : JSON.stringify(value, null, 2));

const noSubscription = () => () => {};
/** False in the server's HTML (and a browser without JavaScript), true once React runs in the browser. */
const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

type Props = {
  conflicts: OpenConflict[];
  revision: number;
  /** The edit form's id: without JavaScript the choices are posted with it. */
  form: string;
  errors: Record<string, string>;
  onChoose: (conflict: OpenConflict, value: unknown) => void;
};

/**
 * The fields both people changed, one by one: keep mine, take theirs, or write something new.
 * Mine is in the form until a choice says otherwise, so nothing typed is lost. Without
 * JavaScript these are plain radio buttons and a text area that the save posts (see
 * lib/editing/conflict-choices.ts); with it, a choice changes the form's field at once, and the
 * choices are not posted (a later edit of the field must win).
 */
export function ConflictPanel({ conflicts, revision, form, errors, onChoose }: Props) {
  const owner = useHydrated() ? undefined : form;
  return (
    <section className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading" className="text-lg font-semibold text-amber-900">
        {conflicts.length === 1 ? "One field" : `${conflicts.length} fields`} changed by you and in revision {revision}
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Everything else has been merged. Your version is in the form; choose for each field, then save again.
      </p>
      <ol className="mt-3 space-y-4">
        {conflicts.map((c, index) => (
          <ConflictChoiceItem key={pathName(c.path)} index={index} conflict={c} owner={owner} error={errors[conflictField(index, "edit")]} onChoose={onChoose} />
        ))}
      </ol>
    </section>
  );
}

type ItemProps = { index: number; conflict: OpenConflict; owner: string | undefined; error: string | undefined; onChoose: Props["onChoose"] };

function ConflictChoiceItem({ index, conflict, owner, error, onChoose }: ItemProps) {
  const name = pathName(conflict.path) || "(document)";
  const [choice, setChoice] = useState<Choice>(conflict.choice);
  const [text, setText] = useState(conflict.edit);
  const field = (part: Parameters<typeof conflictField>[1]) => conflictField(index, part);
  const apply = (value: string) => {
    if (isTextField(conflict.mine, conflict.theirs)) return onChoose(conflict, value);
    try {
      onChoose(conflict, JSON.parse(value));
    } catch {
      // Not JSON yet; the previous choice stays in the form.
    }
  };
  const pick = (next: Choice) => {
    setChoice(next);
    if (next === "mine") onChoose(conflict, conflict.mine);
    if (next === "theirs") onChoose(conflict, conflict.theirs);
    if (next === "edit") apply(text);
  };
  const radio = (value: Choice, label: string) => (
    <span className="flex items-center gap-2 font-medium">
      <input type="radio" form={owner} name={field("choice")} value={value} checked={choice === value} onChange={() => pick(value)} /> {label}
    </span>
  );
  return (
    <li className="rounded-md border border-amber-200 bg-white p-3" data-conflict={name}>
      <fieldset>
        <legend className="font-mono text-sm font-semibold text-slate-800">{name}</legend>
        <input type="hidden" form={owner} name={field("path")} value={JSON.stringify(conflict.path)} />
        <input type="hidden" form={owner} name={field("theirs")} value={encodeValue(conflict.theirs)} />
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          <label className="block text-sm">
            {radio("mine", "Keep mine")}
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{showValue(conflict.mine)}</pre>
          </label>
          <label className="block text-sm">
            {radio("theirs", "Take theirs")}
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{showValue(conflict.theirs)}</pre>
          </label>
        </div>
        <label className="mt-2 block text-sm">{radio("edit", "Write it anew")}</label>
        <textarea
          form={owner}
          name={field("edit")}
          aria-label={`New value for ${name}`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChoice("edit");
            apply(e.target.value);
          }}
          rows={4}
          className="mt-1 w-full rounded border border-slate-300 p-2 font-mono text-xs"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${field("edit")}-error` : undefined}
        />
        {error && (
          <p id={`${field("edit")}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </fieldset>
    </li>
  );
}
