"use client";

import { useState } from "react";
import type { z } from "zod";
import { itemSchema, levelSchema, nextStepSchema } from "@/lib/families/document";
import { emptyValue } from "@/lib/editing/empty-value";
import { describeNode, labelFor } from "@/lib/editing/schema-walk";
import { type Path, pathName } from "@/lib/revisions/merge";
import { FieldError, fieldId, useEditor } from "./editor-context";
import { ItemTreeField } from "./item-tree-field";
import { TargetSelect } from "./target-select";

export const inputClass = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600";
const buttonClass = "rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-100";

/** Keys the form does not show: the format version, and the identity that the URL fixes. */
const HIDDEN_ROOT_KEYS = new Set(["formatVersion", "department", "slug"]);

/** What one entry of a list is called: a hiring process is a list of stages. */
function singular(label: string): string {
  if (label === "Hiring process") return "Hiring stage";
  if (label.endsWith("ies")) return `${label.slice(0, -3)}y`;
  if (label.endsWith("s")) return label.slice(0, -1);
  return `${label} entry`;
}

function describedBy(name: string, errors: Record<string, string>, hint?: boolean) {
  const ids = [errors[name] ? `${fieldId(name)}-error` : "", hint ? `${fieldId(name)}-hint` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

type FieldProps = { schema: z.ZodType; path: Path; value: unknown; label: string };

/**
 * One field of the document, rendered from its schema node: text, markdown, numbers, choices,
 * nested parts and lists. Names are the document paths, so a plain form post is the document.
 */
export function SchemaField({ schema, path, value, label }: FieldProps) {
  const { errors, setAt } = useEditor();
  const node = describeNode(schema);
  const name = pathName(path);
  const id = fieldId(name);
  const invalid = errors[name] ? true : undefined;

  if (schema === nextStepSchema.shape.target || path[path.length - 1] === "target") {
    return <TargetSelect name={name} value={value as never} label={label} />;
  }
  switch (node.kind) {
    case "literal":
      return <input type="hidden" name={name} value={String(value ?? node.value)} />;
    case "string": {
      const text = typeof value === "string" ? value : "";
      const onChange = (e: { target: { value: string } }) =>
        setAt(path, e.target.value === "" && (node.nullable || node.optional) ? (node.optional ? undefined : null) : e.target.value);
      return (
        <div className="mt-3">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            {label}
            {node.markdown && (
              <span className="ml-1 font-normal text-slate-400" aria-hidden="true">
                (markdown)
              </span>
            )}
          </label>
          {node.markdown || text.includes("\n") ? (
            <textarea id={id} name={name} value={text} onChange={onChange} rows={Math.min(12, Math.max(2, text.split("\n").length + 1))} className={inputClass} aria-invalid={invalid} aria-describedby={describedBy(name, errors)} />
          ) : (
            <input id={id} name={name} value={text} onChange={onChange} className={inputClass} aria-invalid={invalid} aria-describedby={describedBy(name, errors)} />
          )}
          <FieldError name={name} />
        </div>
      );
    }
    case "number":
      return (
        <div className="mt-3">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            {label}
          </label>
          <input
            id={id}
            name={name}
            type="number"
            step="any"
            value={value === null || value === undefined ? "" : String(value)}
            onChange={(e) => setAt(path, e.target.value === "" ? (node.nullable ? null : undefined) : Number(e.target.value))}
            className={`${inputClass} max-w-40`}
            aria-invalid={invalid}
            aria-describedby={describedBy(name, errors)}
          />
          <FieldError name={name} />
        </div>
      );
    case "boolean":
      return (
        <label className="mt-3 flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name={name} value="true" checked={value === true} onChange={(e) => setAt(path, e.target.checked)} />
          {label}
        </label>
      );
    case "enum":
      return (
        <div className="mt-3">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            {label}
          </label>
          <select id={id} name={name} value={String(value ?? "")} onChange={(e) => setAt(path, e.target.value)} className={`${inputClass} max-w-48`}>
            {node.options.map((o) => (
              <option key={o} value={o}>
                {labelFor(o)}
              </option>
            ))}
          </select>
          <FieldError name={name} />
        </div>
      );
    case "json":
      return <JsonField name={name} path={path} value={value} label={label} />;
    case "object":
      return <ObjectField schema={schema} path={path} value={value} label={label} />;
    case "array":
      if (node.element === itemSchema) return <ItemTreeField path={path} items={(value as never) ?? []} label={label} />;
      return <ArrayField schema={schema} path={path} value={value} label={label} />;
  }
}

/** Free-form values (front matter) as JSON text; the server says when it does not parse. */
function JsonField({ name, path, value, label }: { name: string; path: Path; value: unknown; label: string }) {
  const { setAt, errors } = useEditor();
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const id = fieldId(name);
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label} <span className="font-normal text-slate-400">(JSON)</span>
      </label>
      <textarea
        id={id}
        name={name}
        value={text}
        rows={3}
        onChange={(e) => {
          setText(e.target.value);
          try {
            setAt(path, JSON.parse(e.target.value));
          } catch {
            // Kept as typed; the form posts the text and the server names the problem.
          }
        }}
        className={`${inputClass} font-mono`}
        aria-invalid={errors[name] ? true : undefined}
      />
      <FieldError name={name} />
    </div>
  );
}

function ObjectField({ schema, path, value, label }: FieldProps) {
  const { setAt } = useEditor();
  const node = describeNode(schema);
  if (node.kind !== "object") return null;
  const record = value as Record<string, unknown> | null | undefined;
  if (record === null || (record === undefined && !node.optional)) {
    return (
      <div className="mt-3">
        <button type="button" className={buttonClass} onClick={() => setAt(path, emptyValue(schema, { present: true }))}>
          Add {label.toLowerCase()}
        </button>
      </div>
    );
  }
  const keys = Object.keys(node.shape).filter((k) => !(path.length === 0 && HIDDEN_ROOT_KEYS.has(k)));
  // An optional group of texts is the unusual headings: "Career ladder heading".
  const fields = keys.map((key) => (
    <SchemaField key={key} schema={node.shape[key]} path={[...path, key]} value={record?.[key]} label={node.optional ? `${labelFor(key)} heading` : labelFor(key)} />
  ));
  if (path.length === 0) return <>{fields}</>;
  // Usual headings are the common case: the unusual ones sit folded away.
  if (node.optional) {
    return (
      <details className="mt-4 rounded-md border border-slate-200 p-3" open={record !== undefined}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{label} (leave empty for the usual wording)</summary>
        {fields}
      </details>
    );
  }
  return (
    <fieldset className="mt-4 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
      {fields}
      {node.nullable && (
        <button type="button" className={`${buttonClass} mt-3`} onClick={() => setAt(path, null)}>
          Remove {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

function newEntry(element: z.ZodType, list: unknown[]): unknown {
  const value = emptyValue(element, { present: true }) as Record<string, unknown>;
  // Levels need an anchor of their own; the editor can change it.
  if (element === levelSchema) {
    const taken = new Set(list.map((l) => (l as { id: string }).id));
    let n = list.length + 1;
    while (taken.has(`new-level-${n}`)) n++;
    return { ...value, id: `new-level-${n}`, title: "New level" };
  }
  return value;
}

function ArrayField({ schema, path, value, label }: FieldProps) {
  const { setAt, levelHref } = useEditor();
  const node = describeNode(schema);
  if (node.kind !== "array") return null;
  const list = Array.isArray(value) ? value : [];
  const move = (from: number, to: number) => {
    const copy = [...list];
    const [entry] = copy.splice(from, 1);
    copy.splice(to, 0, entry);
    setAt(path, copy);
  };
  const entryLabel = singular(label);
  const isLevels = node.element === levelSchema;
  return (
    <fieldset className="mt-5 rounded-md border border-slate-200 p-3" aria-label={label}>
      <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
      <FieldError name={pathName(path)} />
      <ol className="space-y-3">
        {list.map((entry, i) => {
          const title = isLevels ? (entry as { title?: string }).title || `Level ${i + 1}` : `${entryLabel} ${i + 1}`;
          const controls = (
            <div className="flex flex-wrap gap-1">
              <button type="button" className={buttonClass} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${title} up`}>
                ↑ Up
              </button>
              <button type="button" className={buttonClass} disabled={i === list.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${title} down`}>
                ↓ Down
              </button>
              <button type="button" className={buttonClass} onClick={() => setAt(path, list.filter((_, k) => k !== i))} aria-label={`Remove ${title}`}>
                Remove
              </button>
              {isLevels && levelHref && (
                <a className={buttonClass} href={levelHref((entry as { id: string }).id)}>
                  Edit this level on its own
                </a>
              )}
            </div>
          );
          const body = <SchemaField schema={node.element} path={[...path, i]} value={entry} label={title} />;
          return (
            <li key={i} className="rounded-md bg-slate-50 p-3">
              {isLevels ? (
                <details>
                  <summary className="cursor-pointer font-medium text-slate-900">{title}</summary>
                  {controls}
                  {body}
                </details>
              ) : (
                <>
                  <div className="flex items-center justify-between gap-2">
                    <span className="text-sm font-medium text-slate-600">{title}</span>
                    {controls}
                  </div>
                  {body}
                </>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className={`${buttonClass} mt-3`} onClick={() => setAt(path, [...list, newEntry(node.element, list)])}>
        Add {entryLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
