/**
 * What a server action returns to its form (via useActionState). Shared by server and client,
 * so it lives apart from the server-only wrapper.
 */
export type ActionState<D = undefined> =
  | { status: "idle" }
  | { status: "ok"; message: string; data?: D }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string>;
      /** The fields as submitted, so a form rendered again (also without JavaScript) keeps what was typed. */
      values?: Record<string, string>;
    };

export const idleState = { status: "idle" } as const;
