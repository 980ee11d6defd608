"use client";

import { useActionState } from "react";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeTokenAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Revoke token ${name}`}
        className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-70"
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state.status === "error" && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
