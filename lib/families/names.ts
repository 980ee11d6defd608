import anyAscii from "any-ascii";

/** "legal-and-corporate-affairs" → "Legal and Corporate Affairs": a readable default name. */
export function departmentName(slug: string): string {
  const small = new Set(["and", "of", "the", "for", "in", "on"]);
  return slug
    .split("-")
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(" ");
}

/** The handbook's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The anchor kramdown (the handbook's renderer) gives a heading: lower case, characters other
 * than letters, digits, spaces and hyphens dropped, each space a hyphen. Hyphens are not
 * collapsed, so "GMP - Responsibilities" → "gmp---responsibilities", as the handbook's links expect.
 */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .trim()
    .replace(/ /g, "-");
}

/**
 * A folder or file name as one URL segment of a family slug: `Data_Science Lead` →
 * `data-science-lead`. Names in other scripts are transliterated (`中文` → `zhong-wen`), so two
 * non-Latin names never fall back to one shared slug. Never holds two hyphens in a row, so
 * segments joined by `--` stay apart. May be empty (a name of punctuation only).
 */
export function segmentSlug(name: string): string {
  // any-ascii capitalises each syllable of a CJK word (中文 → ZhongWen): the capitals mark words.
  const ascii = name.replace(/[^\x00-\x7f]+/g, (run) => anyAscii(run).replace(/([a-z])(?=[A-Z])/g, "$1 "));
  return slugify(ascii.replace(/[_.\s]+/g, "-")).slice(0, 120).replace(/-+$/, "");
}
