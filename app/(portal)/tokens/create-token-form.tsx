"use client";

import { SubmitButton } from "@/app/_components/submit-button";
import { useActionState, useState } from "react";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { createTokenAction } from "./actions";

type Created = { token: string; name: string };

export function CreateTokenForm() {
  const [state, action] = useActionState<ActionState<Created>, FormData>(createTokenAction, idleState);
  const [copied, setCopied] = useState(false);
  const fieldError = state.status === "error" ? state.fieldErrors?.name : undefined;
  const created = state.status === "ok" ? state.data : undefined;

  return (
    <div>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="token-name" className="block text-sm font-medium text-slate-700">
            Token name
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={80}
            placeholder="e.g. HR sync script"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "token-name-error" : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <SubmitButton label="Create token" pendingLabel="Creating…" />
      </form>
      {fieldError && (
        <p id="token-name-error" className="mt-2 text-sm text-red-700">
          {fieldError}
        </p>
      )}
      {state.status === "error" && !fieldError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {state.message}
        </p>
      )}
      {created && (
        <div role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-semibold text-amber-900">
            Copy the token &ldquo;{created.name}&rdquo; now: it is shown only this once.
          </p>
          <div className="mt-2 flex gap-2">
            <input
              readOnly
              aria-label="New token"
              data-testid="new-token"
              value={created.token}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-sm"
            />
            <button
              type="button"
              onClick={() => navigator.clipboard?.writeText(created.token).then(() => setCopied(true))}
              className="rounded-md border border-amber-400 px-3 py-2 text-sm font-medium text-amber-900 hover:bg-amber-100"
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <p className="mt-2 text-sm text-amber-900">
            Use it as <code>Authorization: Bearer &lt;token&gt;</code> with the API at <code>/api/v1</code>.
          </p>
        </div>
      )}
    </div>
  );
}
