import { Document, LineCounter, parseDocument, isMap, isScalar, visit, type Node } from "yaml";
import { ImportError } from "./import-error";

export type FrontMatter = {
  title: string;
  description: string;
  /** Every other key, as JSON. */
  rest: Record<string, unknown>;
  /** The markdown after the closing `---`. */
  body: string;
};

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A `key: value` line, as front matter that lost its opening `---` starts (`layout: job_family_page`). */
const KEY_LINE = /^[A-Za-z_][\w-]*:(?:[ \t]|$)/;

/** Something the importer read, but not as written: the page imports, and the user hears where. */
export type Warn = (line: number, message: string) => void;

/**
 * Splits the YAML front matter off a handbook page and reads it; a page without a title is refused.
 * Front matter that lacks its opening `---` but starts with a `key: value` line and is closed by
 * `---` (the handbook's site generator publishes such a page) is read too, with a warning.
 */
export function readFrontMatter(text: string, file: string, warn: Warn = () => {}): FrontMatter {
  const lines = text.split("\n");
  const opened = OPEN.test(lines[0] ?? "");
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (!opened && !(KEY_LINE.test(lines[0] ?? "") && close > 0)) {
    throw new ImportError(file, 1, "no front matter: a job-family page starts with `---` and a `title:`");
  }
  if (close < 0) throw new ImportError(file, 1, "front matter is not closed with `---`");
  if (!opened) warn(1, `front matter has no opening \`---\`: lines 1-${close} read as front matter`);
  // The file line of the front matter's first line: after the opening `---`, or the very first.
  const first = opened ? 2 : 1;

  const yamlLines = lines.slice(first - 1, close);
  const strict = parseYaml(yamlLines.join("\n"));
  const lenient = strict.doc.errors.length > 0 ? parseYaml(indentQuotedContinuations(yamlLines).join("\n")) : strict;
  const { doc, lineCounter } = lenient.doc.errors.length === 0 ? lenient : strict;
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + first - 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new ImportError(file, errorLine(yamlLines, fileLine(error.pos[0]), first), `front matter is not valid YAML: ${reason}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ImportError(file, first, "front matter must be `key: value` lines");
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const pairOf = (key: string) =>
    isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const keyLine = (key: string, otherwise = first) => {
    const range = (pairOf(key)?.key as { range?: [number, number, number] } | undefined)?.range;
    return range ? fileLine(range[0]) : otherwise;
  };
  // The document's front matter is a JSON record, which cannot hold a `__proto__` key (it would
  // be dropped on saving), so such a key is refused rather than lost.
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "__proto__") {
        const range = pair.key.range;
        throw new ImportError(file, range ? fileLine(range[0]) : first, "front matter key `__proto__` cannot be kept");
      }
    },
  });

  const title = scalarText(data.title, pairOf("title")?.value);
  if (title === null) throw new ImportError(file, keyLine("title", 1), "the front matter's `title` must be text");
  if (title.trim() === "") throw new ImportError(file, keyLine("title", 1), "no title: the front matter needs a `title:`");
  const description = scalarText(data.description, pairOf("description")?.value);
  if (description === null) {
    throw new ImportError(file, keyLine("description"), "the front matter's `description` must be text");
  }

  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "title" || key === "description") continue;
    if (!isJson(value)) throw new ImportError(file, keyLine(key), `front matter key \`${key}\` is not plain data (only text, numbers, true/false, lists and maps; no YAML tags such as !!binary)`);
    rest[key] = value;
  }
  return { title, description, rest, body: lines.slice(close + 1).join("\n") };
}

function parseYaml(text: string) {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
}

/**
 * An error found at the end of the front matter (an unclosed `[` or quote) is reported on the
 * line of the entry that left it open, which is where the author has to look.
 */
function errorLine(yamlLines: string[], line: number, first: number): number {
  const index = line - first;
  if (index < yamlLines.length && yamlLines[index].trim() !== "") return line;
  for (let i = Math.min(index, yamlLines.length) - 1; i >= 0; i--) {
    if (/^[^\s#-][^:]*:/.test(yamlLines[i])) return i + first;
  }
  return first;
}

/**
 * The handbook's YAML reader (Ruby's) takes a quoted value whose later lines start at column 0
 * (product-manager's description); the YAML spec wants them indented. Indenting them by one
 * space reads the same value.
 */
function indentQuotedContinuations(lines: string[]): string[] {
  let open: string | null = null;
  return lines.map((line) => {
    const continued = open !== null;
    const from = continued ? line : (/^[^\s#][^:]*:\s*(["'])(.*)$/.exec(line)?.[2] ?? null);
    const quote = continued ? open : (/^[^\s#][^:]*:\s*(["'])/.exec(line)?.[1] ?? null);
    if (from !== null && quote !== null) open = closesQuote(from, quote) ? null : quote;
    return continued && /^\S/.test(line) ? ` ${line}` : line;
  });
}

function closesQuote(text: string, quote: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/**
 * A scalar value as text: a number or boolean as it is written (`1.50` stays "1.50"), not as
 * the value YAML reads; null for a list or map.
 */
function scalarText(value: unknown, node: unknown): string | null {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") {
    const source = isScalar(node as Node) ? (node as { source?: unknown }).source : undefined;
    return typeof source === "string" && source.trim() !== "" ? source.trim() : String(value);
  }
  return null;
}

/**
 * Plain JSON only. YAML tags such as `!!binary`, `!!timestamp`, `!!set` and `!!omap` read as a
 * Uint8Array, Date, Set or Map: objects, but not records the document can store, so only plain
 * objects and arrays count (checked here, where the key's line is known).
 */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value as object).every(isJson);
}

/** The front matter block, title and description first, then the other keys in their order. */
export function frontMatterToYaml(title: string, description: string, rest: Record<string, unknown>): string {
  const data: Record<string, unknown> = { title };
  if (description !== "") data.description = description;
  for (const [key, value] of Object.entries(rest)) {
    if (key !== "title" && key !== "description") data[key] = value;
  }
  return `---\n${new Document(data).toString({ lineWidth: 0 })}---\n`;
}
