import { slugify } from "../names";

export type FamilyLocation = { department: string; slug: string };

const GENERAL = "general";
const PAGE = /\.(?:html\.md\.erb|html\.md|md\.erb|md|markdown)$/i;
const INDEX = /^index\.(?:html\.md\.erb|html\.md|md\.erb|md|markdown)$/i;

/**
 * Department and family of a handbook page, from its path as the handbook lays pages out:
 * `job-families/<department>/…/<family>/index.html.md[.erb]` or `job-families/<department>/<family>.html.md`.
 * A page with no department folder goes into `general`, and so does a single file outside that
 * layout, whose family is its file name. `opts.department` overrides the department.
 */
export function familyLocation(path: string, opts: { department?: string } = {}): FamilyLocation {
  const parts = path.replace(/\\/g, "/").split("/").filter((p) => p !== "" && p !== ".");
  const file = parts.pop() ?? "";
  const isIndex = INDEX.test(file);
  // An index page is named by its folder; any other page by its file name.
  const family = isIndex ? (parts.pop() ?? "") : file.replace(PAGE, "");
  const root = parts.lastIndexOf("job-families");
  const folders = root >= 0 ? parts.slice(root + 1) : [];
  const department = opts.department ?? folders[0] ?? GENERAL;
  return {
    department: asSlug(department) || GENERAL,
    slug: asSlug(family) || "family",
  };
}

/** A valid slug from any name: separators become hyphens, other punctuation goes. */
export function asSlug(name: string): string {
  return slugify(name.replace(/[_.\s]+/g, "-")).slice(0, 120).replace(/-+$/, "");
}
