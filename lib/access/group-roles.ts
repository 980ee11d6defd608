import { type Grant, type Role, type Scope, checkGrantShape, parseScope, roleSchema, sameGrant } from "./roles";

/** One line of the group→role map: members of `group` get `role` on `scope` at each sign-in. */
export type GroupRoleRule = Scope & { group: string; role: Role };

/**
 * The map the development provider's demo groups use. Production configures its own with
 * LADDER_ROLE_MAP; the mechanism is the same, only the group names differ.
 */
export const DEV_ROLE_MAP = "ladder-admins=admin; product-editors=editor:product";

/**
 * Parses LADDER_ROLE_MAP: rules separated by ";", "," or new lines, each `group=role[:scope]`,
 * e.g. `pm-leads=editor:product; ladder-admins=admin; backend-writers=editor:engineering/backend`.
 * Group names are matched exactly (they may contain spaces: Okta and Google use display names,
 * Entra ID object ids). Returns the rules and one message per bad entry.
 */
export function parseRoleMap(text: string | undefined): { rules: GroupRoleRule[]; problems: string[] } {
  const rules: GroupRoleRule[] = [];
  const problems: string[] = [];
  for (const raw of (text ?? "").split(/[;,\n]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const eq = entry.lastIndexOf("=");
    if (eq <= 0) {
      problems.push(`"${entry}": expected group=role[:scope]`);
      continue;
    }
    const group = entry.slice(0, eq).trim();
    const [roleText, scopeText] = splitOnce(entry.slice(eq + 1).trim(), ":");
    const role = roleSchema.safeParse(roleText);
    if (!role.success) {
      problems.push(`"${entry}": role must be editor or admin`);
      continue;
    }
    let scope: Scope;
    try {
      scope = parseScope(scopeText);
    } catch (error) {
      problems.push(`"${entry}": ${(error as Error).message}`);
      continue;
    }
    const shape = checkGrantShape({ role: role.data, ...scope });
    if (shape) {
      problems.push(`"${entry}": ${shape}`);
      continue;
    }
    rules.push({ group, role: role.data, ...scope });
  }
  return { rules, problems };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The grants a user's IdP groups give them, without duplicates. */
export function grantsFromGroups(groups: readonly string[], rules: readonly GroupRoleRule[]): Grant[] {
  const member = new Set(groups);
  const grants: Grant[] = [];
  for (const rule of rules) {
    if (!member.has(rule.group)) continue;
    const grant: Grant = { role: rule.role, department: rule.department, family: rule.family, source: "group" };
    if (!grants.some((g) => sameGrant(g, grant))) grants.push(grant);
  }
  return grants;
}

/** The value at `path` in the claims ("groups", or dotted as in Keycloak's "realm_access.roles"). */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split(".")) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * Reads the groups claim from an ID token's (or userinfo response's) claims. `claim` may be a
 * dotted path; a single string counts as one group. Null when the claim is absent, which is not
 * the same as an empty list: absent usually means a misconfiguration, not "in no groups".
 */
export function groupsFromClaims(claims: Record<string, unknown>, claim: string): string[] | null {
  const value = claimAt(claims, claim);
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}
