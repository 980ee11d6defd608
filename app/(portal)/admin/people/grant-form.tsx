"use client";

import { SubmitButton } from "@/app/_components/submit-button";
import { useActionState } from "react";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { grantRoleAction } from "./actions";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

/** Grant a role to anyone by email, also before their first sign-in. */
export function GrantForm({ email }: { email?: string }) {
  const [state, action] = useActionState<ActionState, FormData>(grantRoleAction, idleState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-[2fr_1fr_2fr_auto] sm:items-start">
      <div>
        <label htmlFor="grant-email" className="block text-sm font-medium text-slate-700">
          Email
        </label>
        <input
          id="grant-email"
          name="email"
          type="email"
          required
          defaultValue={email}
          className={input}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "grant-email-error" : undefined}
        />
        <FieldError id="grant-email-error" message={errors.email} />
      </div>
      <div>
        <label htmlFor="grant-role" className="block text-sm font-medium text-slate-700">
          Role
        </label>
        <select id="grant-role" name="role" defaultValue="editor" className={input}>
          <option value="editor">editor</option>
          <option value="admin">admin</option>
        </select>
        <FieldError id="grant-role-error" message={errors.role} />
      </div>
      <div>
        <label htmlFor="grant-scope" className="block text-sm font-medium text-slate-700">
          Scope (editors)
        </label>
        <input
          id="grant-scope"
          name="scope"
          placeholder="product or product/family-slug; empty = all"
          className={input}
          aria-invalid={errors.scope ? true : undefined}
          aria-describedby="grant-scope-hint"
        />
        <p id="grant-scope-hint" className="mt-1 text-xs text-slate-500">
          A department, a department/family, or empty for every family. Admins are always portal-wide.
        </p>
        <FieldError id="grant-scope-error" message={errors.scope} />
      </div>
      <SubmitButton label="Grant" pendingLabel="Granting…" className="mt-6" />
      {state.status !== "idle" && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`sm:col-span-4 text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-700"}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
