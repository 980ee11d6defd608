/**
 * How much structure one piece of markdown may have. The markdown parser and the HTML steps after
 * it recurse once per level of nesting and slow down steeply on some shapes (a quote or list
 * nested thousands deep, thousands of `*` or `[` left open in one paragraph): such input took
 * seconds to minutes and then overflowed the stack. Real job-family pages stay far below these
 * figures (the reference page: 27 KB, lists 3 deep, under 20 emphasis markers per paragraph).
 * Checked by one linear scan of the source before anything parses it: the importer refuses a file
 * past a limit, naming the line; the renderer shows such content as plain text.
 */
export const MARKDOWN_LIMITS = {
  /** Bytes of one imported file (UTF-8), and characters of one field the renderer formats. */
  size: 500_000,
  /** Quotes and list items inside one another (`>`, `-`, `1.` and indentation) on one line. */
  depth: 32,
  /** List items in one file. */
  listItems: 10_000,
  /** Emphasis markers (`*`, `_`, `~`) in one paragraph. */
  emphasisMarkers: 500,
  /** Link and image brackets (`[`) open inside one another in one paragraph. */
  openBrackets: 32,
  /** HTML elements open inside one another in one piece of markdown. */
  htmlDepth: 64,
} as const;

// Elements that never hold others, or that HTML closes implicitly, do not count as open.
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option".split(" "),
);

export type MarkdownProblem = { line: number; reason: string };

/**
 * The first limit the source goes past, with its 1-based line, or null when it is within all of
 * them. Linear in the length of the source. Deliberately a cautious estimate (indentation counts
 * as nesting, markers in code count too): the figures leave ample room for real content.
 */
export function markdownProblem(source: string): MarkdownProblem | null {
  const limits = MARKDOWN_LIMITS;
  if (source.length > limits.size) {
    return { line: 1, reason: `too large: ${source.length} characters (at most ${limits.size})` };
  }
  let items = 0;
  let emphasis = 0;
  let brackets = 0;
  let html = 0;
  let fence: string | null = null;
  let line = 0;
  for (let start = 0; start <= source.length; line++) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    const text = source.slice(start, end);
    start = end + 1;
    const here = line + 1;

    const prefix = containerPrefix(text);
    const body = text.slice(prefix.length);
    const fenceMark = /^(`{3,}|~{3,})/.exec(body)?.[1];
    if (fence !== null) {
      // Inside a fenced code block only the closing fence matters: code is not markup.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (prefix.depth > limits.depth) {
      return { line: here, reason: `nested too deeply: ${prefix.depth} levels of lists or quotes (at most ${limits.depth})` };
    }
    items += prefix.listMarkers;
    if (items > limits.listItems) return { line: here, reason: `too many list items (at most ${limits.listItems} in one file)` };

    if (body.trim() === "" || prefix.listMarkers > 0 || body.startsWith("#")) {
      // A blank line, a list item or a heading starts a new block; emphasis and links never span blocks.
      emphasis = 0;
      brackets = 0;
      if (body.trim() === "") continue;
    }
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x7e /* ~ */) {
        if (++emphasis > limits.emphasisMarkers) {
          return { line: here, reason: `too many emphasis markers (*, _ or ~) in one paragraph (at most ${limits.emphasisMarkers})` };
        }
      } else if (c === 0x5b /* [ */) {
        if (++brackets > limits.openBrackets) {
          return { line: here, reason: `links or brackets nested too deeply (at most ${limits.openBrackets} open at once)` };
        }
      } else if (c === 0x5d /* ] */ && brackets > 0) brackets--;
      else if (c === 0x3c /* < */) {
        const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/.exec(body.slice(i, i + 200));
        if (!tag || tag[3] === "/" || NOT_NESTING.has(tag[2].toLowerCase())) continue;
        if (tag[1] === "/") html = Math.max(0, html - 1);
        else if (++html > limits.htmlDepth) {
          return { line: here, reason: `HTML nested too deeply (at most ${limits.htmlDepth} elements inside one another)` };
        }
      }
    }
  }
  return null;
}

/**
 * The container markup at the start of a line: block quote markers, list markers and the
 * indentation that nests content in list items (two columns at least per level, so half the
 * indentation bounds how many levels it can open).
 */
function containerPrefix(text: string): { length: number; depth: number; listMarkers: number } {
  let depth = 0;
  let listMarkers = 0;
  let columns = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " ") {
      columns++;
      i++;
    } else if (c === "\t") {
      columns += 4;
      i++;
    } else if (c === ">") {
      depth++;
      i++;
    } else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(i, i + 11));
      if (!marker) break;
      depth++;
      listMarkers++;
      i += marker[0].length;
    }
  }
  return { length: i, depth: depth + Math.floor(columns / 2), listMarkers };
}

/**
 * Every text in a document that goes past the limits, by its path (`levels.0.intro`): what a
 * save refuses, so that content written through a form or the API meets the same limits as an
 * import. The path names the field; the line is the line within that field's text.
 */
export function markdownProblemsIn(value: unknown, path: string[] = []): { path: string; message: string }[] {
  if (typeof value === "string") {
    const problem = markdownProblem(value);
    return problem ? [{ path: path.join(".") || "(document)", message: `line ${problem.line}: ${problem.reason}` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => markdownProblemsIn(v, [...path, String(i)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => markdownProblemsIn(v, [...path, k]));
  return [];
}
