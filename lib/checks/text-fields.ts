/** Every text of a document with its path; identifiers and free-form front matter are not prose. */
const NOT_PROSE = new Set(["id", "department", "slug", "formatVersion", "frontMatter", "kind", "target"]);

export function proseFields(value: unknown, path = ""): { path: string; text: string }[] {
  if (typeof value === "string") return value ? [{ path, text: value }] : [];
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(value)) return value.flatMap((v, i) => proseFields(v, at(i)));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (NOT_PROSE.has(k) ? [] : proseFields(v, at(k))));
  }
  return [];
}

/** The words a reader sees: link targets, inline code and HTML tags are not language. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/`[^`]*`/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]*>/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
}
