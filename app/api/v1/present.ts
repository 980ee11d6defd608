import type { FamilyRevision, FamilySummary, RevisionMeta } from "@/lib/families/queries";
import { type Subject, can } from "@/lib/access/policy";
import { familyApiPath } from "@/lib/families/paths";
import type { PublishedFamily } from "@/lib/families/published";

/** The JSON shapes of API v1. Field names are a contract with integrations: add, never rename. */

export const familyUrl = familyApiPath;

export function presentFamilyList(families: FamilySummary[]) {
  const departments = new Map<string, { slug: string; name: string; families: unknown[] }>();
  for (const f of families) {
    const department = departments.get(f.department) ?? { slug: f.department, name: f.departmentName, families: [] };
    department.families.push({
      slug: f.slug,
      title: f.title,
      revision: f.currentRevision,
      updatedAt: f.updatedAt.toISOString(),
      url: familyUrl(f.department, f.slug),
    });
    departments.set(f.department, department);
  }
  return { departments: [...departments.values()] };
}

export function presentRevisionMeta(department: string, slug: string, r: RevisionMeta) {
  return {
    number: r.number,
    author: r.authorName,
    summary: r.summary,
    createdAt: r.createdAt.toISOString(),
    basedOn: r.baseNumber,
    url: `${familyUrl(department, slug)}/revisions/${r.number}`,
  };
}

export function presentFamilyRevision(subject: Subject, department: string, slug: string, r: FamilyRevision) {
  return {
    department,
    slug,
    title: r.document.title,
    revision: presentRevisionMeta(department, slug, r),
    permissions: familyPermissions(subject, department, slug),
    document: r.document,
  };
}

/** What the caller may do with this family right now (from the database, not the session). */
function familyPermissions(subject: Subject, department: string, slug: string) {
  const resource = { department, family: slug };
  return { edit: can(subject, "family.edit", resource), restore: can(subject, "revision.restore", resource) };
}

/**
 * Each published revision's answers, made once per set of permissions (the only part of the
 * answer that depends on who asks), and forgotten with the revision's memo entry.
 */
const answers = new WeakMap<PublishedFamily, Map<string, Buffer<ArrayBuffer>>>();

export const FAMILY_JSON_HEADERS = { "content-type": "application/json", "cache-control": "no-store" };

/** GET /api/v1/families/{department}/{family}'s body: the published family as `subject` sees it. */
export function familyJson(subject: Subject, department: string, slug: string, published: PublishedFamily): Buffer<ArrayBuffer> {
  const permissions = familyPermissions(subject, department, slug);
  const made = answers.get(published) ?? new Map<string, Buffer<ArrayBuffer>>();
  answers.set(published, made);
  const key = `${permissions.edit} ${permissions.restore}`;
  let json = made.get(key);
  if (!json) made.set(key, (json = familyRevisionJson(subject, department, slug, published.revision, published.documentJson)));
  return json;
}

/** GET /api/v1/families/{department}/{family}'s answer. */
export function familyJsonResponse(subject: Subject, department: string, slug: string, published: PublishedFamily): Response {
  return new Response(familyJson(subject, department, slug, published), { headers: FAMILY_JSON_HEADERS });
}

/**
 * presentFamilyRevision's JSON text, the document's part made once per revision
 * (lib/families/published.ts). `document` is that shape's last key, so this is
 * byte for byte what JSON.stringify of the whole would give.
 */
export function familyRevisionJson(subject: Subject, department: string, slug: string, r: FamilyRevision, documentJson: Uint8Array): Buffer<ArrayBuffer> {
  const { document: _document, ...head } = presentFamilyRevision(subject, department, slug, r);
  void _document;
  return Buffer.concat([Buffer.from(`${JSON.stringify(head).slice(0, -1)},"document":`), documentJson, Buffer.from("}")]);
}
