import type { z } from "zod";
import { type JobFamily, jobFamilySchema } from "../families/document";
import type { FieldIssue } from "../errors";
import { describeNode } from "./schema-walk";

/**
 * A document as HTML form fields and back. Every input of the edit form is named by its path in
 * the document (`levels.2.responsibilities.0.children.1.text`), which is also the path zod puts
 * on an issue, so an error lands beside the input that caused it. The walk follows
 * `jobFamilySchema`, so the form posts and the server reads exactly the schema's fields; a plain
 * (no JavaScript) submit of the form is a complete edit.
 */
export type Fields = Record<string, string>;

/** Bounds on what a form may post: a hostile body must fail fast, not build a huge tree. */
export const FIELD_LIMITS = { fields: 50_000, depth: 40, index: 9_999, keyLength: 300 } as const;

/** The parts a form may change; department and slug follow the URL (renaming is its own step). */
const FIXED_KEYS = new Set(["formatVersion", "department", "slug"]);

type Trie = { value?: string; children: Map<string, Trie> };

export function flattenDocument(document: JobFamily): Fields {
  const fields: Fields = {};
  flattenInto(fields, jobFamilySchema, document, "");
  return fields;
}

/** The fields of any part of a document, named from `path` (for parts a form keeps as hidden inputs). */
export function flattenAt(schema: z.ZodType, value: unknown, path: string): Fields {
  const fields: Fields = {};
  flattenInto(fields, schema, value, path);
  return fields;
}

function flattenInto(fields: Fields, schema: z.ZodType, value: unknown, path: string) {
  const node = describeNode(schema);
  if (value === null || value === undefined) return;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  switch (node.kind) {
    case "object":
      for (const [key, child] of Object.entries(node.shape)) flattenInto(fields, child, (value as Record<string, unknown>)[key], at(key));
      return;
    case "array":
      (value as unknown[]).forEach((element, i) => flattenInto(fields, node.element, element, at(i)));
      return;
    case "boolean":
      if (value === true) fields[path] = "true";
      return;
    case "json":
      fields[path] = JSON.stringify(value);
      return;
    default:
      fields[path] = String(value);
  }
}

/**
 * The fields of `base` with the part named by `scope` replaced by the submitted fields: "" is the
 * whole family form, `levels.3` the form of one level. Submitted fields outside the scope, and
 * the fixed identity keys, are ignored.
 */
export function overlayFields(base: Fields, submitted: Fields, scope: string): Fields {
  const within = (key: string) =>
    scope === "" ? !FIXED_KEYS.has(key.split(".", 1)[0]) : key === scope || key.startsWith(`${scope}.`);
  const result: Fields = {};
  for (const [key, value] of Object.entries(base)) if (!within(key)) result[key] = value;
  for (const [key, value] of Object.entries(submitted)) if (within(key)) result[key] = value;
  return result;
}

function buildTrie(fields: Fields, issues: FieldIssue[]): Trie {
  const root: Trie = { children: new Map() };
  const entries = Object.entries(fields);
  if (entries.length > FIELD_LIMITS.fields) {
    issues.push({ path: "(document)", message: `has more than ${FIELD_LIMITS.fields} fields` });
    return root;
  }
  for (const [key, value] of entries) {
    if (key.length > FIELD_LIMITS.keyLength) continue;
    const parts = key.split(".");
    if (parts.length > FIELD_LIMITS.depth) {
      issues.push({ path: key.slice(0, 100), message: `is nested deeper than ${FIELD_LIMITS.depth} levels` });
      continue;
    }
    let node = root;
    for (const part of parts) {
      let next = node.children.get(part);
      if (!next) node.children.set(part, (next = { children: new Map() }));
      node = next;
    }
    node.value = value;
  }
  return root;
}

function readJson(text: string, path: string, issues: FieldIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch {
    issues.push({ path, message: "must be valid JSON" });
    return text;
  }
}

function read(schema: z.ZodType, trie: Trie | undefined, path: string, issues: FieldIssue[]): unknown {
  const node = describeNode(schema);
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const empty = node.optional ? undefined : node.nullable ? null : undefined;
  const own = trie?.value;

  if (node.kind === "object" || node.kind === "array" || node.kind === "json") {
    // A whole structured value may arrive as JSON at its own path (a select of link targets,
    // the free-form front matter).
    if (own !== undefined && (trie?.children.size ?? 0) === 0) {
      if (own.trim() === "") return node.kind === "array" ? [] : node.kind === "json" && !node.nullable ? {} : empty;
      return readJson(own, path, issues);
    }
  }
  switch (node.kind) {
    case "object": {
      if (!trie || trie.children.size === 0) {
        if (node.optional || node.nullable) return empty;
      }
      const value: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.shape)) {
        const v = read(child, trie?.children.get(key), at(key), issues);
        if (v !== undefined) value[key] = v;
      }
      // An optional group of optional texts (unusual headings) with none set is no group at all.
      if (node.optional && Object.keys(value).length === 0) return undefined;
      return value;
    }
    case "array": {
      const indices = [...(trie?.children.keys() ?? [])]
        .filter((k) => /^\d{1,4}$/.test(k) && Number(k) <= FIELD_LIMITS.index)
        .map(Number)
        .sort((a, b) => a - b);
      return indices.map((i) => read(node.element, trie!.children.get(String(i)), at(String(i)), issues));
    }
    case "json":
      return own === undefined ? (node.nullable ? null : {}) : own;
    case "string": {
      if (own === undefined) return node.optional ? undefined : node.nullable ? null : "";
      // Browsers send textarea line breaks as CRLF; the documents use LF.
      const text = own.replace(/\r\n?/g, "\n");
      if (text === "" && (node.nullable || node.optional)) return empty;
      return text;
    }
    case "number": {
      if (own === undefined || own.trim() === "") return node.nullable ? null : undefined;
      const n = Number(own.trim());
      if (!Number.isFinite(n)) {
        issues.push({ path, message: "must be a number" });
        return own;
      }
      return n;
    }
    case "boolean":
      return own === "true" || own === "on" || own === "1";
    case "enum":
      return own === undefined || own === "" ? empty : own;
    case "literal":
      return own === undefined || own === String(node.value) ? node.value : own;
  }
}

/** Reads form fields into a (not yet validated) document; problems reading them are issues. */
export function fieldsToDocument(fields: Fields): { document: unknown; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const trie = buildTrie(fields, issues);
  const document = read(jobFamilySchema, trie, "", issues);
  return { document, issues };
}

/** The document a form of `scope` describes, on top of the revision it was based on. */
export function documentFromForm(base: JobFamily, submitted: Fields, scope: string) {
  return fieldsToDocument(overlayFields(flattenDocument(base), submitted, scope));
}
