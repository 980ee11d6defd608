import { currentLinkContext } from "@/app/_server/markdown-links";
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown/render";

const inlineLinks = "[&_a]:text-indigo-700 [&_a]:underline [&_a]:underline-offset-2 [&_code]:text-sm";

/** Renders untrusted markdown; the HTML is sanitised by renderMarkdown before it gets here. */
export function Markdown({ source, inline = false, className }: { source: string; inline?: boolean; className?: string }) {
  if (!source.trim()) return null;
  const links = currentLinkContext();
  if (inline) return <span className={`${inlineLinks} ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(source, links) }} />;
  return (
    <div
      className={`prose prose-slate max-w-none prose-a:text-indigo-700 ${className ?? ""}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, links) }}
    />
  );
}
