"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { createFamilyAction } from "./actions";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";
type Option = { value: string; label: string };

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function CreateFamilyForm({ departments, templates, initial }: { departments: Option[]; templates: Option[]; initial: { department?: string; template?: string } }) {
  const [state, action] = useActionState<ActionState, FormData>(createFamilyAction, idleState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `new-${name}-error` } : {});
  return (
    <form action={action} className="mt-6 max-w-xl space-y-4">
      <Field id="new-department" label="Department" error={errors.department}>
        <select id="new-department" name="department" defaultValue={values.department ?? initial.department} className={input} {...invalid("department")}>
          {departments.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-title" label="Title" error={errors.title}>
        <input id="new-title" name="title" defaultValue={values.title} className={input} {...invalid("title")} />
      </Field>
      <Field id="new-slug" label="Address (slug: lower-case letters, digits, hyphens)" error={errors.slug}>
        <input id="new-slug" name="slug" defaultValue={values.slug} className={input} {...invalid("slug")} />
      </Field>
      <Field id="new-template" label="Start from" error={errors.template}>
        <select id="new-template" name="template" defaultValue={values.template ?? initial.template ?? ""} className={input}>
          <option value="">A blank family</option>
          {templates.map((t) => (
            <option key={t.value} value={t.value}>
              A copy of {t.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-summary" label="Summary (optional)" error={errors.summary}>
        <input id="new-summary" name="summary" defaultValue={values.summary} className={input} />
      </Field>
      <SubmitButton label="Create" pendingLabel="Creating…" />
      {state.status === "error" && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
