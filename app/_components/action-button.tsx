"use client";

import { useActionState } from "react";
import { type ActionState, idleState } from "@/lib/auth/action-state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  label: string;
  /** Accessible name when the visible label alone is ambiguous in a list ("Revoke" what?). */
  ariaLabel: string;
};

/** A one-button form for a server action that takes ids, showing the action's refusal if any. */
export function ActionButton({ action, fields, label, ariaLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={ariaLabel}
        className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-70"
      >
        {pending ? "…" : label}
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
