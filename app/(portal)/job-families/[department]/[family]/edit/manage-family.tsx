"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { archiveFamilyAction, moveFamilyAction } from "./manage-actions";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

function Outcome({ state }: { state: ActionState }) {
  if (state.status === "idle") return null;
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={`mt-2 text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-700"}`}>
      {state.message}
    </p>
  );
}

/** Rename or move, archive or restore, and a new family copied from this one. */
export function ManageFamily({ department, slug, archived }: { department: string; slug: string; archived: boolean }) {
  const [moved, move] = useActionState<ActionState, FormData>(moveFamilyAction, idleState);
  const [archivedState, archive] = useActionState<ActionState, FormData>(archiveFamilyAction, idleState);
  const errors = moved.status === "error" ? (moved.fieldErrors ?? {}) : {};
  return (
    <section className="mt-12 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="manage-heading">
      <h2 id="manage-heading" className="text-lg font-semibold">
        Manage this family
      </h2>
      <form action={move} className="mt-4 grid gap-3 sm:grid-cols-3 sm:items-end">
        <input type="hidden" name="department" value={department} />
        <input type="hidden" name="family" value={slug} />
        <div>
          <label htmlFor="move-department" className="block text-sm font-medium text-slate-700">
            Department
          </label>
          <input id="move-department" name="toDepartment" defaultValue={moved.status === "error" ? moved.values?.toDepartment : department} className={input} aria-invalid={errors.toDepartment ? true : undefined} />
          {errors.toDepartment && <p className="mt-1 text-sm text-red-700">{errors.toDepartment}</p>}
        </div>
        <div>
          <label htmlFor="move-slug" className="block text-sm font-medium text-slate-700">
            Address (slug)
          </label>
          <input id="move-slug" name="toSlug" defaultValue={moved.status === "error" ? moved.values?.toSlug : slug} className={input} aria-invalid={errors.toSlug || errors.slug ? true : undefined} />
          {(errors.toSlug || errors.slug) && <p className="mt-1 text-sm text-red-700">{errors.toSlug ?? errors.slug}</p>}
        </div>
        <div>
          <label htmlFor="move-summary" className="block text-sm font-medium text-slate-700">
            Why (optional)
          </label>
          <input id="move-summary" name="summary" className={input} />
        </div>
        <div className="sm:col-span-3">
          <SubmitButton label="Rename or move" pendingLabel="Moving…" />
          <p className="mt-1 text-xs text-slate-500">The old address keeps working: it redirects here. Editors of this family keep their rights.</p>
          <Outcome state={moved} />
        </div>
      </form>
      <form action={archive} className="mt-6 border-t border-slate-200 pt-4">
        <input type="hidden" name="department" value={department} />
        <input type="hidden" name="family" value={slug} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <SubmitButton label={archived ? "Restore from the archive" : "Archive this family"} pendingLabel="Saving…" />
        <p className="mt-1 text-xs text-slate-500">
          {archived ? "Lists it again." : "Hides it from lists; its address, history and content stay, and it can be restored."}
        </p>
        <Outcome state={archivedState} />
      </form>
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm">
        <Link className="text-indigo-700 hover:underline" href={`/job-families/new?template=${encodeURIComponent(`${department}/${slug}`)}&department=${encodeURIComponent(department)}`}>
          Create a new family from this one
        </Link>
      </p>
    </section>
  );
}
