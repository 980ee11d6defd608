import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JobFamily } from "../../../lib/families/document";
import { ImportError, parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { renderMarkdown } from "../../../lib/markdown/render";

/**
 * Random and hostile markdown thrown at the importer and the renderer: deep nesting, long runs
 * of markers, huge lists, raw HTML, invalid UTF-8 and NUL. Every input must be either imported
 * and rendered or refused with an error naming the file and line, within a bounded time and
 * memory. The bounds are loose (this 2-core machine is shared: a 4,650-item list once took over
 * 15 s here under a load of 25, ~0.6 s idle) but far below the minutes and gigabytes such input
 * took before the limits.
 */
const MAX_MS = 30_000;
const MAX_HEAP_GROWTH = 768 * 1024 * 1024;

const markers = ["*", "_", "~", "`", "[", "![", "](u)", "]", "> ", ">", "- ", "* ", "1. ", "  ", "\t", "#", "|", "\\", "&", "<div>", "</div>", "<span>", "<", "\u0000", "\n", "\n\n", "x ", "**a** "];
const marker = fc.constantFrom(...markers);

const run = fc.tuple(marker, fc.integer({ min: 1, max: 6000 })).map(([m, n]) => m.repeat(n));
const nestedList = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom("- ", "* ", "1. ", "> "))
  .map(([n, m]) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}${m}x`).join("\n"));
const hugeList = fc.integer({ min: 1, max: 12_000 }).map((n) => Array.from({ length: n }, (_, i) => `* item ${i}`).join("\n"));
const noise = fc.string({ unit: "binary", maxLength: 200 });
const part = fc.oneof({ arbitrary: run, weight: 4 }, { arbitrary: nestedList, weight: 2 }, { arbitrary: hugeList, weight: 1 }, { arbitrary: noise, weight: 3 });
const body = fc
  .tuple(fc.array(part, { minLength: 1, maxLength: 4 }), fc.constantFrom("", "\n", "\n\n"))
  .map(([parts, separator]) => parts.join(separator));

/** The body as a file's bytes, sometimes with bytes that are not UTF-8 spliced in. */
const fileBytes = fc.tuple(body, fc.option(fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x00])))).map(([text, bad]) => {
  const bytes = new TextEncoder().encode(`---\ntitle: Hostile\n---\n\n## Responsibilities\n\n${text}\n`);
  if (!bad) return bytes;
  const [at, insert] = bad;
  const cut = at % (bytes.length + 1);
  return new Uint8Array([...bytes.subarray(0, cut), ...insert, ...bytes.subarray(cut)]);
});

const where = { file: "hostile.md", department: "test", slug: "hostile" };

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

function bounded<T>(what: () => T): T {
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = what();
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  expect(process.memoryUsage().heapUsed - heap).toBeLessThan(MAX_HEAP_GROWTH);
  return result;
}

function expectSafeHtml(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<[^>]*\son[a-z]+\s*=|href="javascript:/i);
}

describe("hostile markdown", () => {
  it("is imported and renders, or is refused naming the file and line, in bounded time and memory", () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const outcome = bounded((): { family: JobFamily } | { refused: ImportError } => {
          try {
            return { family: parseFamilyMarkdown(bytes, where) };
          } catch (error) {
            if (!(error instanceof ImportError)) throw error; // anything else is a crash, not a refusal
            return { refused: error };
          }
        });
        if ("refused" in outcome) {
          expect(outcome.refused.message).toMatch(/^hostile\.md:\d+: \S/);
          return;
        }
        const { family } = outcome;
        bounded(() => {
          for (const markdown of strings(family)) expectSafeHtml(renderMarkdown(markdown));
        });
      }),
      { numRuns: 40 },
    );
  }, 600_000);

  it("always renders, as markdown or as escaped text, in bounded time and memory", () => {
    fc.assert(
      fc.property(body, (markdown) => {
        const html = bounded(() => renderMarkdown(markdown));
        expect(typeof html).toBe("string");
        expectSafeHtml(html);
      }),
      { numRuns: 60 },
    );
  }, 600_000);
});
