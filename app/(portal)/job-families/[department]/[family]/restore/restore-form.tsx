"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { restoreAction } from "./actions";

type Props = {
  department: string;
  slug: string;
  revision: number;
  baseRevision: number;
  historyHref: string;
  /** The revision equals the current one. Also true right after a restore, when the page re-renders. */
  nothingToRestore: boolean;
};

/**
 * The confirmation's button; afterwards it says which new revision was written and links to the
 * history. It stays mounted when the page re-renders after the restore, so the message survives.
 */
export function RestoreForm({ department, slug, revision, baseRevision, historyHref, nothingToRestore }: Props) {
  const [state, action] = useActionState<ActionState<{ number: number }>, FormData>(restoreAction, idleState);
  if (state.status === "ok") {
    return (
      <div role="status" className="mt-6 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">{state.message}</p>
        <Link href={historyHref} className="mt-1 inline-block text-indigo-700 underline">
          See the history
        </Link>
      </div>
    );
  }
  if (nothingToRestore) {
    return (
      <p className="mt-6 font-medium text-slate-800">
        Revision {revision} has the same content as the current revision: there is nothing to restore.
      </p>
    );
  }
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="department" value={department} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="baseRevision" value={baseRevision} />
      <SubmitButton label={`Restore revision ${revision}`} pendingLabel="Restoring…" />
      {state.status === "error" && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
