import { segmentSlug } from "../names";
import { slugFromFolders } from "../paths";
import { ImportError } from "./import-error";

export type FamilyLocation = { department: string; slug: string };

const GENERAL = "general";
const PAGE = /\.(?:html\.md\.erb|html\.md|md\.erb|md|markdown)$/i;
const INDEX = /^index\.(?:html\.md\.erb|html\.md|md\.erb|md|markdown)$/i;
const ROOT = "job-families";

const segments = (path: string) => path.replace(/\\/g, "/").split("/").filter((p) => p !== "" && p !== ".");

/**
 * Department and family of a handbook page, from its path as the handbook lays pages out:
 * `job-families/<department>/<a>/<b>/<family>/index.html.md[.erb]` or `…/<family>.html.md`. The
 * department is the first folder; the family is every folder below it (and the page's own name,
 * when it is not an index page) joined by `--`: `engineering/development--backend--senior`. So no
 * two source paths share a family, however many pages are called `senior`. A page with no
 * department folder goes into `general`, and so does a single file outside that layout, whose
 * family is its file name. `opts.department` overrides the department.
 *
 * Throws ImportError when the name holds nothing to make a slug from (only punctuation): a shared
 * fallback name would merge every such page into one family.
 */
export function familyLocation(path: string, opts: { department?: string } = {}): FamilyLocation {
  const parts = segments(path);
  const file = parts.pop() ?? "";
  // An index page is named by its folder; any other page by its file name.
  const name = INDEX.test(file) ? (parts.pop() ?? "") : file.replace(PAGE, "");
  const root = parts.lastIndexOf(ROOT);
  const folders = root >= 0 ? parts.slice(root + 1) : [];
  const department = opts.department ?? folders[0] ?? GENERAL;
  const slug = slugFromFolders([...folders.slice(1), name]);
  if (segmentSlug(name) === "") {
    throw new ImportError(path, 1, `cannot name a family after "${name}": it has no letters or digits; rename it or import it with --into department/family`);
  }
  return { department: segmentSlug(department) || GENERAL, slug };
}

/**
 * The page's path inside the handbook, which a family records as where it came from:
 * `job-families/engineering/development/backend/senior/index.html.md`; for a page outside that
 * layout, its file name.
 */
export function handbookPath(path: string): string {
  const parts = segments(path);
  const root = parts.lastIndexOf(ROOT);
  return root >= 0 ? parts.slice(root).join("/") : (parts[parts.length - 1] ?? "");
}
