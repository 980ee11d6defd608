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
