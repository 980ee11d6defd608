import "server-only";
import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { z } from "zod";
import type { Database } from "../../db/client";
import { getDatabase } from "../../db/server";
import type { Actor } from "../access/audit";
import { type Action, type Resource, type Subject, can, forbiddenMessage } from "../access/policy";
import { ForbiddenError, InvalidError, LadderError, UnavailableError } from "../errors";
import { RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../../db/unavailable";
import type { ActionState } from "./action-state";
import { getSessionSubject } from "./session";

/**
 * A database id sent by a form. Ids are PostgreSQL `integer`s: a larger number names no record,
 * and passing it on would fail in the database (a 500) instead of saying so.
 */
export const recordIdSchema = z.coerce
  .number("no such record")
  .int("no such record")
  .positive("no such record")
  .max(2_147_483_647, "no such record");

type ActionSpec<S extends z.ZodType, D> = {
  schema: S;
  /** The policy question this action asks about its (validated) input. */
  permission: (input: z.output<S>) => { action: Action; resource?: Resource };
  /** The write: one domain call that runs in one transaction. */
  run: (context: { db: Database; subject: Subject; actor: Actor; input: z.output<S> }) => Promise<{ message: string; data?: D }>;
  /** Paths (and everything under them) whose rendering the write changed. */
  revalidate?: (input: z.output<S>) => string[];
};

function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) {
    // React adds $ACTION_* fields to progressively enhanced forms; they are not input.
    if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  }
  return fields;
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/**
 * A request the policy refuses is answered with HTTP 403 (app/forbidden.tsx; Next sets the status
 * for forbidden(), which needs `experimental.authInterrupts`), not a message in a 200: the
 * portal's own forms never offer what the policy refuses, so only a replayed or forged request,
 * or rights revoked while a form was open, gets here. Refusals a person can fix by choosing
 * differently (another department to move to) are field errors the action raises itself.
 */
function refuse(subject: Subject, message: string): never {
  console.warn(`Ladder: refused a server action for user ${subject.id} (${subject.email}): ${message}`);
  forbidden();
}

/**
 * Every server action goes through here: authenticate → validate (zod) → authorize (policy) →
 * write → revalidate. A server action is a public POST endpoint anyone can call with any
 * arguments (hiding the form proves nothing), so none of these steps is optional.
 */
export function protectedAction<S extends z.ZodType, D = undefined>(spec: ActionSpec<S, D>) {
  return async (_previous: ActionState<D>, formData: FormData): Promise<ActionState<D>> => {
    const subject = await getSessionSubject();
    if (!subject) return { status: "error", message: "Your session has ended. Sign in again, then retry." };

    const values = formFields(formData);
    const parsed = spec.schema.safeParse(values);
    if (!parsed.success) {
      return { status: "error", message: "Check the marked fields.", fieldErrors: fieldErrors(parsed.error.issues), values };
    }
    const input = parsed.data;

    const { action, resource } = spec.permission(input);
    if (!can(subject, action, resource)) refuse(subject, forbiddenMessage(action, resource));

    let result: { message: string; data?: D };
    try {
      const actor: Actor = { id: subject.id, name: subject.name ?? subject.email };
      result = await spec.run({ db: await getDatabase(), subject, actor, input });
    } catch (error) {
      if (error instanceof ForbiddenError) refuse(subject, error.message);
      if (error instanceof InvalidError) {
        const errors = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
        return { status: "error", message: error.message, fieldErrors: errors, values };
      }
      if (error instanceof LadderError) return { status: "error", message: error.message, values };
      if (isDatabaseUnavailable(error)) return { status: "error", message: new UnavailableError(RETRY_AFTER_SECONDS).message, values };
      throw error;
    }
    for (const path of spec.revalidate?.(input) ?? []) revalidatePath(path, "layout");
    return { status: "ok", ...result };
  };
}
