import { NESTED_SLUG_SEPARATOR } from "./document";
import { segmentSlug } from "./names";

/**
 * Where a family and its levels live in the portal. The one place that spells these URLs, so the
 * pages, the API's links, exports and the handbook-address redirects cannot drift apart.
 */
export const familyPagePath = (department: string, slug: string) => `/job-families/${department}/${slug}`;

/**
 * What revision N changed: its diff against the revision before, or for the first revision (which
 * changed everything) the family's history.
 */
export const revisionChangesPath = (department: string, slug: string, revision: number) =>
  revision > 1 ? `${familyPagePath(department, slug)}/diff?from=${revision - 1}&to=${revision}` : `${familyPagePath(department, slug)}/history`;

/** A family in the JSON API. */
export const familyApiPath = (department: string, slug: string) => `/api/v1/families/${department}/${slug}`;

export const levelPagePath = (department: string, slug: string, level: string) =>
  `${familyPagePath(department, slug)}/${level}`;

/**
 * `path` (an address with its query) with the address `from` at its start replaced by `to`: a
 * moved family's pages and API resources keep what follows (`/history?before=3`). A path that
 * does not start with `from` leads to `to` itself.
 */
export function rebasePath(path: string, from: string, to: string): string {
  const rest = path.slice(from.length);
  return path.startsWith(from) && /^($|[/?#])/.test(rest) ? to + rest : to;
}

/** A nested handbook path below the department (`development/backend/senior`) as one family slug. */
export function slugFromFolders(folders: readonly string[]): string {
  return folders.map(segmentSlug).filter(Boolean).join(NESTED_SLUG_SEPARATOR);
}

/** The handbook folders a family slug stands for: the inverse of slugFromFolders. */
export function foldersFromSlug(slug: string): string[] {
  return slug.split(NESTED_SLUG_SEPARATOR);
}

/** A level as one `department/family/level` reference, as the compare page's query takes it. */
export const levelReference = (a: { department: string; slug: string; level: string }) =>
  `${a.department}/${a.slug}/${a.level}`;

export function comparePath(a: { department: string; slug: string; level: string }, b: { department: string; slug: string; level: string }) {
  return `/compare?${new URLSearchParams({ a: levelReference(a), b: levelReference(b) })}`;
}

export const departmentPagePath = (department: string) => `/job-families/${department}`;
