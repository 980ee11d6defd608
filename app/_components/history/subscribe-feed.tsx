"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { SubmitButton } from "../submit-button";

type Created = { token: string; name: string };

/** The address the person reaches the portal at, where their feed reader will ask too (relative when rendered on the server). */
const origin = () => (typeof window === "undefined" ? "" : window.location.origin);
type Props = {
  /** The feeds this page offers, by path; the new token is added to each as `?token=`. */
  feeds: { label: string; path: string }[];
  create: (state: ActionState<Created>, formData: FormData) => Promise<ActionState<Created>>;
};

/**
 * "Subscribe (Atom)": a feed reader cannot sign in, so the feed URL carries a feed token, which
 * reads the feeds with the signed-in person's rights and nothing else. The token is shown once,
 * inside the URLs to copy into the reader.
 */
export function SubscribeFeed({ feeds, create }: Props) {
  const [state, action] = useActionState<ActionState<Created>, FormData>(create, idleState);
  const created = state.status === "ok" ? state.data : undefined;
  const fieldError = state.status === "error" ? state.fieldErrors?.name : undefined;

  return (
    <details className="mt-8 rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="subscribe">
      <summary className="cursor-pointer font-semibold">Subscribe (Atom)</summary>
      <p className="mt-2 text-slate-600">
        Follow these changes in a feed reader. Its URL holds a <em>feed token</em>: it reads the feeds as you and nothing
        else. Revoke it on <Link href="/tokens" className="text-indigo-700 hover:underline">Access tokens</Link> when you
        stop using it.
      </p>
      <form action={action} className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex grow flex-col">
          <span className="font-medium text-slate-700">Feed token name</span>
          <input
            name="name"
            required
            maxLength={80}
            defaultValue="Feed reader"
            aria-invalid={fieldError ? true : undefined}
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5"
          />
        </label>
        <SubmitButton label="Create feed URL" pendingLabel="Creating…" />
      </form>
      {fieldError && <p className="mt-2 text-red-700">{fieldError}</p>}
      {state.status === "error" && !fieldError && (
        <p role="alert" className="mt-2 text-red-700">
          {state.message}
        </p>
      )}
      {created && (
        <div role="status" className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <p className="font-semibold text-amber-900">Copy the feed URL now: its token is shown only this once.</p>
          {feeds.map((feed) => (
            <label key={feed.path} className="mt-2 block">
              <span className="text-amber-900">{feed.label}</span>
              <input
                readOnly
                data-testid="feed-url"
                value={`${origin()}${feed.path}?token=${created.token}`}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-1 w-full rounded-md border border-amber-300 bg-white px-3 py-1.5 font-mono text-xs"
              />
            </label>
          ))}
        </div>
      )}
    </details>
  );
}
