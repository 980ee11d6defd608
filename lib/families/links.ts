import { foldersFromSlug, slugFromFolders } from "./paths";
import { segmentSlug } from "./names";

/**
 * Where a link in a family's markdown leads, as the handbook meant it. Handbook pages link to
 * each other by site path (`/job-families/engineering/backend-engineer/#senior`,
 * `../backend-engineer/`, `/handbook/hiring/`); the portal answers only the job-family part of
 * that site, so each kind is shown differently. Pure: the same link on the same page always
 * resolves the same way (the render cache relies on it).
 */
export type LinkTarget =
  /** A job family (and maybe an anchor on its page: a level, or one of its parts). */
  | { kind: "family"; department: string; slug: string; anchor: string | null }
  /** A department's list of families (`/job-families/engineering/`), or all of them (`/job-families/`). */
  | { kind: "department"; department: string | null }
  /** Any other page of the handbook's site, by its path from the site's root, with query and hash. */
  | { kind: "handbook"; path: string }
  /** An anchor on the same page. */
  | { kind: "anchor"; anchor: string };

const ROOT = "job-families";
const BASE = "http://handbook.invalid";
const isIndexName = (segment: string) => /^index(?:\.html?)?(?:\.md)?$/i.test(segment);

/**
 * A family's own address on the handbook's site, which its relative links start from:
 * `/job-families/engineering/development/backend/senior/` (the handbook serves every page as a
 * folder, `senior.html.md` too). Taken from where the page was imported from when known, since a
 * page imported `--into` another family still links relative to its own folder.
 */
export function familyHandbookUrl(family: { department: string; slug: string }, sourcePath?: string | null): string {
  if (sourcePath?.startsWith(`${ROOT}/`)) {
    const parts = sourcePath.split("/");
    const file = parts.pop()!;
    const page = /^index\./i.test(file) ? [] : [file.replace(/\..*$/, "")];
    return `/${[...parts, ...page].join("/")}/`;
  }
  return `/${ROOT}/${family.department}/${foldersFromSlug(family.slug).join("/")}/`;
}

/**
 * Where `href`, written on the page at `pageUrl` (see familyHandbookUrl), leads. Null for what
 * is not the handbook's: other sites, `mailto:`, protocol-relative URLs, and anything unparsable.
 */
export function linkTarget(href: string, pageUrl: string): LinkTarget | null {
  const written = href.trim();
  if (written === "" || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")) return null;
  if (written.startsWith("#")) return written.length > 1 ? { kind: "anchor", anchor: safeDecode(written.slice(1)) } : null;
  let url: URL;
  try {
    url = new URL(written, BASE + pageUrl);
  } catch {
    return null;
  }
  const segments = url.pathname.split("/").filter((s) => s !== "").map(safeDecode);
  const anchor = url.hash.length > 1 ? safeDecode(url.hash.slice(1)) : null;
  if (segments[0] !== ROOT) return { kind: "handbook", path: `${url.pathname}${url.search}${url.hash}` };
  const parts = segments.slice(1).filter((s) => !isIndexName(s));
  // `/job-families/engineering/backend-engineer.html` is the page `backend-engineer`.
  if (parts.length > 0) parts[parts.length - 1] = parts[parts.length - 1].replace(/\.html?$/i, "");
  if (parts.length === 0) return { kind: "department", department: null };
  const department = segmentSlug(parts[0]);
  if (parts.length === 1) return { kind: "department", department };
  return { kind: "family", department, slug: slugFromFolders(parts.slice(1)), anchor };
}

/** A URL's part decoded, or as written when it does not decode (`%ff`). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
