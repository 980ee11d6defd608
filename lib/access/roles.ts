import { z } from "zod";
import { slugSchema } from "../families/document";

/** Reading needs no role: everyone signed in may read. Roles only add rights. */
export const roleSchema = z.enum(["editor", "admin"]);
export type Role = z.infer<typeof roleSchema>;

/** Where a grant came from: a person (admin page or CLI) or the IdP's groups at sign-in. */
export type GrantSource = "admin" | "group";

/**
 * What a role covers. Both null: the whole portal; a department alone: every family in it
 * (including ones created later); department and family: that one family.
 */
export type Scope = { department: string | null; family: string | null };

export type Grant = Scope & { role: Role; source: GrantSource };

export const PORTAL_WIDE: Scope = { department: null, family: null };

/**
 * A scope as people type it: "" or "*" for everything, "product", or "product/product-management".
 * Throws a message fit to show next to the field.
 */
export function parseScope(text: string | undefined | null): Scope {
  const value = (text ?? "").trim();
  if (value === "" || value === "*") return PORTAL_WIDE;
  const [department, family, ...rest] = value.split("/");
  if (rest.length > 0) throw new Error(`"${value}" has too many parts: use a department or department/family`);
  const dept = slugSchema.safeParse(department);
  if (!dept.success) throw new Error(`department "${department}" ${dept.error.issues[0].message}`);
  if (family === undefined) return { department: dept.data, family: null };
  const fam = slugSchema.safeParse(family);
  if (!fam.success) throw new Error(`family "${family}" ${fam.error.issues[0].message}`);
  return { department: dept.data, family: fam.data };
}

export function formatScope(scope: Scope): string {
  if (!scope.department) return "all job families";
  if (!scope.family) return `department ${scope.department}`;
  return `family ${scope.department}/${scope.family}`;
}

/** "editor of department product", "admin" — how a grant reads in lists and audit logs. */
export function describeGrant(grant: Pick<Grant, "role"> & Scope): string {
  return grant.role === "admin" ? "admin" : `editor of ${formatScope(grant)}`;
}

export function sameGrant(a: Pick<Grant, "role"> & Scope, b: Pick<Grant, "role"> & Scope): boolean {
  return a.role === b.role && a.department === b.department && a.family === b.family;
}

/** Admin is portal-wide by definition; a scoped admin would be an editor with a misleading name. */
export function checkGrantShape(grant: Pick<Grant, "role"> & Scope): string | null {
  if (grant.role === "admin" && (grant.department || grant.family)) {
    return "admin applies to the whole portal; leave department and family empty";
  }
  if (grant.family && !grant.department) return "a family needs its department";
  return null;
}
