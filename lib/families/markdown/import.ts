import { describeIssues, type JobFamily, jobFamilySchema } from "../document";
import { newDraft } from "./draft";
import { readPage } from "./family";
import { finishDraft } from "./finish";
import { readFrontMatter } from "./front-matter";
import { ImportError } from "./import-error";
import { MARKDOWN_LIMITS, markdownProblem } from "../../markdown/limits";
import { outline } from "./outline";
import { sourceText } from "./source-text";

export { ImportError } from "./import-error";
export { familyLocation, handbookPath } from "./locate";

/**
 * A handbook job-family page (`.md` or `.md.erb` with YAML front matter) as a job-family
 * document. Every word of the page ends up in the document: what the structure does not model
 * is kept verbatim as a section or in the nearest markdown field. Throws ImportError naming the
 * line when the file is not UTF-8 text, goes past the limits in lib/markdown/limits.ts, its front
 * matter does not parse, or it has no title.
 * What it reads though it is not as written (front matter without its opening `---`) is passed
 * to `onWarning` as `file:line: what`.
 */
export function parseFamilyMarkdown(
  source: string | Uint8Array,
  opts: { file: string; department: string; slug: string; onWarning?: (warning: string) => void },
): JobFamily {
  // Limits first, before any parsing: past them the parser's time and stack grow steeply.
  const size = typeof source === "string" ? source.length : source.byteLength;
  if (size > MARKDOWN_LIMITS.size) {
    throw new ImportError(opts.file, 1, `too large: ${size} bytes (the import limit is ${MARKDOWN_LIMITS.size})`);
  }
  const text = sourceText(source, opts.file);
  const problem = markdownProblem(text);
  if (problem) throw new ImportError(opts.file, problem.line, `${problem.reason}; the import limits are in the README`);
  const front = readFrontMatter(text, opts.file, (line, message) => opts.onWarning?.(`${opts.file}:${line}: ${message}`));
  const draft = newDraft(outline(front.body), opts.department, opts.slug, front.title);
  draft.family.description = front.description;
  draft.family.frontMatter = front.rest as JobFamily["frontMatter"];
  readPage(draft);
  const family = finishDraft(draft);

  const checked = jobFamilySchema.safeParse(family);
  if (!checked.success) throw new ImportError(opts.file, 1, describeIssues(checked.error).join("; "));
  return family;
}
