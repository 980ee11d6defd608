import type { FieldIssue } from "../errors";
import { type Path, getAtPath, setAtPath } from "../revisions/merge";
import type { Fields } from "./fields";

/**
 * The per-field choices of the conflict view as plain form fields, so they work without
 * JavaScript: for conflict N the form posts `conflict.N.path` (the field, as JSON),
 * `conflict.N.theirs` (the other person's value, as JSON), `conflict.N.choice` (mine, theirs or
 * edit) and `conflict.N.edit` (a new value: text for a text field, JSON otherwise). "Mine" is
 * what the form's own fields hold, so it needs nothing more. With JavaScript the browser applies
 * a choice to the form at once and posts no conflict fields at all.
 */
export type Choice = "mine" | "theirs" | "edit";
/** `index` is N in the field names, so a problem lands beside its conflict. */
export type ConflictChoice = { index: number; path: Path; theirs: unknown; choice: Choice; edit: string };

const PREFIX = "conflict.";
export const conflictField = (index: number, part: "path" | "theirs" | "choice" | "edit") => `${PREFIX}${index}.${part}`;

/** At most this many choices per post: a document's conflicts, not a way to write everything. */
const MAX_CHOICES = 1_000;
/** A path names document fields (`levels.2.title`), never a prototype or anything beyond the schema's keys. */
const SEGMENT = /^(?:[a-z][A-Za-z0-9]{0,63}|\d{1,4})$/;

/** The value as the conflict field carries it: `undefined` (removed) survives the round trip. */
export const encodeValue = (value: unknown) => JSON.stringify(value === undefined ? {} : { value });

function decodeValue(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false };
    return { ok: true, value: (parsed as { value?: unknown }).value };
  } catch {
    return { ok: false };
  }
}

function decodePath(text: string): Path | null {
  try {
    const path: unknown = JSON.parse(text);
    if (!Array.isArray(path) || path.length === 0 || path.length > 40) return null;
    const segments = path.map((s) => (typeof s === "number" ? String(s) : s));
    if (!segments.every((s) => typeof s === "string" && SEGMENT.test(s))) return null;
    return path.map((s: string | number) => (typeof s === "string" && /^\d+$/.test(s) ? Number(s) : s));
  } catch {
    return null;
  }
}

/** The form's fields without the conflict ones, and the choices those made (problems as issues). */
export function readConflictChoices(submitted: Fields, scope: string): { fields: Fields; choices: ConflictChoice[]; issues: FieldIssue[] } {
  const fields: Fields = {};
  const parts = new Map<number, Partial<Record<"path" | "theirs" | "choice" | "edit", string>>>();
  for (const [key, value] of Object.entries(submitted)) {
    const match = /^conflict\.(\d{1,4})\.(path|theirs|choice|edit)$/.exec(key);
    if (!key.startsWith(PREFIX)) fields[key] = value;
    else if (match && (parts.has(Number(match[1])) || parts.size < MAX_CHOICES)) {
      const entry = parts.get(Number(match[1])) ?? {};
      entry[match[2] as "path"] = value;
      parts.set(Number(match[1]), entry);
    }
  }
  const choices: ConflictChoice[] = [];
  const issues: FieldIssue[] = [];
  for (const [index, part] of [...parts].sort(([a], [b]) => a - b)) {
    const problem = (field: "path" | "theirs" | "choice", message: string) => issues.push({ path: conflictField(index, field), message });
    const path = decodePath(part.path ?? "");
    if (!path) {
      problem("path", "must name a field of the document");
      continue;
    }
    const name = path.join(".");
    const inScope = scope === "" || name === scope || name.startsWith(`${scope}.`);
    if (!inScope) {
      problem("path", `must be inside ${scope}, the part this form edits`);
      continue;
    }
    const choice = part.choice ?? "mine";
    if (choice !== "mine" && choice !== "theirs" && choice !== "edit") {
      problem("choice", "must be mine, theirs or edit");
      continue;
    }
    const theirs = decodeValue(part.theirs ?? "");
    if (!theirs.ok) {
      problem("theirs", "must be the other version, as the conflict view sent it");
      continue;
    }
    choices.push({ index, path, theirs: theirs.value, choice, edit: part.edit ?? "" });
  }
  return { fields, choices, issues };
}

/** Sets (or, for `undefined` in a list, removes) the value at `path`. */
export function chooseAt<T>(document: T, path: Path, value: unknown): T {
  const parent = getAtPath(document, path.slice(0, -1));
  if (value === undefined && Array.isArray(parent)) {
    return setAtPath(document, path.slice(0, -1), parent.filter((_, i) => i !== path.at(-1)));
  }
  return setAtPath(document, path, value);
}

/** Whether a field is written as text (a new value is typed as is) rather than as JSON. */
export const isTextField = (mine: unknown, theirs: unknown) => typeof mine === "string" || typeof theirs === "string";

/**
 * The document with each choice applied: theirs puts the other version in, edit the new value.
 * Removals in a list go last, from the end, so they do not shift the places of the others.
 */
export function applyConflictChoices<T>(document: T, choices: ConflictChoice[]): { document: T; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const values: { path: Path; value: unknown }[] = [];
  for (const c of choices) {
    if (c.choice === "theirs") values.push({ path: c.path, value: c.theirs });
    if (c.choice !== "edit") continue;
    const text = c.edit.replace(/\r\n?/g, "\n");
    if (isTextField(getAtPath(document, c.path), c.theirs)) {
      values.push({ path: c.path, value: text });
      continue;
    }
    try {
      values.push({ path: c.path, value: JSON.parse(text) });
    } catch {
      issues.push({ path: conflictField(c.index, "edit"), message: "must be valid JSON, like the two versions above it" });
    }
  }
  const removals = values.filter((v) => v.value === undefined).sort((a, b) => Number(b.path.at(-1)) - Number(a.path.at(-1)));
  let result = document;
  for (const { path, value } of [...values.filter((v) => v.value !== undefined), ...removals]) result = chooseAt(result, path, value);
  return { document: result, issues };
}
