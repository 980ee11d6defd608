import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { Grant } from "./roles";

/**
 * The one place that decides who may do what. Pages, server actions, route handlers, the API and
 * the CLI ask here; nothing else compares roles. Pure: the caller loads the subject's grants from
 * the database for each request, so a revoked right stops working at once.
 */
export const actions = [
  "family.read",
  "history.read",
  "family.edit",
  "family.create",
  "revision.restore",
  "admin.people",
  "admin.import",
  "admin.sign-in",
  "activity.read",
  "admin.checks",
  "token.manage-own",
] as const;
export type Action = (typeof actions)[number];

/** What an action is about. Portal-wide actions (admin.*, token.manage-own) take `{}`. */
export type Resource = { department?: string; family?: string };

export type Subject = {
  id: number;
  email: string;
  name: string | null;
  grants: readonly Grant[];
};

function isAdmin(subject: Subject): boolean {
  return subject.grants.some((g) => g.role === "admin");
}

/** Does an editor grant cover this family (or, without a family, the whole department)? */
function editorCovers(grant: Grant, resource: Resource, needsWholeDepartment: boolean): boolean {
  if (grant.role !== "editor") return false;
  if (grant.department === null) return true;
  if (!resource.department || grant.department !== resource.department) return false;
  if (grant.family === null) return true;
  if (needsWholeDepartment) return false;
  return resource.family !== undefined && grant.family === resource.family;
}

export function can(subject: Subject | null, action: Action, resource: Resource = {}): boolean {
  if (!subject) return false;
  switch (action) {
    // Every employee reads everything, including history ("what did this say last year?").
    case "family.read":
    case "history.read":
    case "token.manage-own":
      return true;
    case "family.edit":
      if (!resource.department || !resource.family) return false;
      return isAdmin(subject) || subject.grants.some((g) => editorCovers(g, resource, false));
    // A new family lands in a department, so only someone responsible for the department may add one.
    case "family.create":
      if (!resource.department) return false;
      return isAdmin(subject) || subject.grants.some((g) => editorCovers(g, resource, true));
    // Restoring rewrites what everyone reads back to an old state: an admin's review decision.
    case "revision.restore":
    case "admin.people":
    case "admin.import":
      return isAdmin(subject);
    // The sign-in setup shows the provider's configuration, the role map and the admin's own
    // claims: what an admin needs to set up SSO, and a map of who gets which rights for anyone else.
    case "admin.sign-in":
    // Which checks block a save binds every editor in every department: a portal-wide decision.
    case "admin.checks":
      return isAdmin(subject);
    // The portal-wide log says who was granted what and who holds which tokens across every
    // department: an audit of people, not of content (each family's own history stays open to all).
    case "activity.read":
      return isAdmin(subject);
  }
}

/** Throws ForbiddenError (or UnauthenticatedError without a subject) unless `can` says yes. */
export function assertCan(subject: Subject | null, action: Action, resource: Resource = {}): asserts subject is Subject {
  if (!subject) throw new UnauthenticatedError();
  if (!can(subject, action, resource)) throw new ForbiddenError(forbiddenMessage(action, resource));
}

export function forbiddenMessage(action: Action, resource: Resource = {}): string {
  const what = resource.family ? `${resource.department}/${resource.family}` : resource.department;
  switch (action) {
    case "family.edit":
      return `You may not edit ${what ?? "this job family"}: ask an admin for editor rights.`;
    case "family.create":
      return `You may not create job families in ${what ?? "this department"}: ask an admin for editor rights.`;
    case "revision.restore":
      return "Only admins may restore old revisions.";
    case "admin.people":
    case "admin.import":
    case "admin.sign-in":
    case "activity.read":
    case "admin.checks":
      return "Only admins may do this.";
    default:
      return "You do not have permission to do this.";
  }
}
