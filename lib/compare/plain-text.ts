/**
 * Markdown of one list item as the words a reader sees: link targets, emphasis marks, inline code
 * ticks and HTML tags dropped. Comparisons work on these words, so a changed URL or a bolded word
 * does not count as reworded text.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
