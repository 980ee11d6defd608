import { exportPath } from "./markdown/export";
import { familyLocation } from "./markdown/locate";

type FamilyKey = { department: string; slug: string };

/**
 * The file a family is written to on export, inside the export folder: the handbook path it was
 * imported from, when that path still names this family (so an export lays the pages out as the
 * handbook did), otherwise the family's own place `job-families/<department>/<folders>/index.html.md`
 * (a page imported from a bare file name, with `--department` or `--into`, or made in the portal).
 */
export function familyFilePath(family: FamilyKey, sourcePath: string | null): string {
  if (sourcePath?.startsWith("job-families/") && namesFamily(sourcePath, family)) return sourcePath;
  return exportPath(family);
}

/**
 * Whether a file at `incoming` may be imported into a family recorded as coming from `stored`:
 * it is the same file, or the one export writes for the family (re-importing an export). Any
 * other file would silently replace the family's content with another page's.
 */
export function isFamilySource(family: FamilyKey, stored: string | null, incoming: string): boolean {
  return stored === null || stored === incoming || familyFilePath(family, stored) === incoming;
}

function namesFamily(path: string, family: FamilyKey): boolean {
  try {
    const found = familyLocation(path);
    return found.department === family.department && found.slug === family.slug;
  } catch {
    return false;
  }
}
