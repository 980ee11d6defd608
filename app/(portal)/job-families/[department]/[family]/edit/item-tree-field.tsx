"use client";

import { type KeyboardEvent, useEffect, useRef } from "react";
import { type Item, itemSchema } from "@/lib/families/document";
import { flattenAt } from "@/lib/editing/fields";
import { describeNode } from "@/lib/editing/schema-walk";
import {
  type ItemPath,
  addChild,
  indentItem,
  insertAfter,
  moveItem,
  outdentItem,
  removeItem,
  updateItem,
} from "@/lib/editing/item-tree";
import { type Path, pathName } from "@/lib/revisions/merge";
import { FieldError, fieldId, useEditor } from "./editor-context";

/**
 * Fields of an entry this editor has no control for (e.g. a numbered list's start number): kept as
 * hidden inputs, so a field added to the schema survives every save of the form.
 */
const shape = (() => {
  const node = describeNode(itemSchema);
  return node.kind === "object" ? node.shape : {};
})();
const EDITED = new Set(["kind", "text", "ordered", "children"]);
function KeptFields({ item, name }: { item: Item; name: string }) {
  const kept = Object.entries(shape)
    .filter(([key]) => !EDITED.has(key))
    .flatMap(([key, schema]) => Object.entries(flattenAt(schema, (item as Record<string, unknown>)[key], `${name}.${key}`)));
  return kept.map(([field, value]) => <input key={field} type="hidden" name={field} value={value} />);
}

const small = "rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-40";

/** The input name of an entry's text: `responsibilities.2.children.0.text`. */
function textName(base: Path, path: ItemPath): string {
  return pathName([...base, ...path.flatMap((i, k) => (k === 0 ? [i] : ["children", i]))]) + ".text";
}

/**
 * A nested list: each entry can be moved, indented under the entry above, outdented, removed, or
 * followed by a new one, with buttons or from its text field: Alt+↑/↓ move, Alt+→/← indent and
 * outdent, Enter adds an entry below. Focus follows the entry that moved.
 */
export function ItemTreeField({ path, items, label }: { path: Path; items: Item[]; label: string }) {
  const { setAt } = useEditor();
  // The input to focus once the list has re-rendered with the entry in its new place.
  const focus = useRef<string | null>(null);
  useEffect(() => {
    if (!focus.current) return;
    (document.getElementsByName(focus.current)[0] as HTMLElement | undefined)?.focus();
    focus.current = null;
  });

  const apply = (result: { items: Item[]; path: ItemPath }) => {
    setAt(path, result.items);
    if (result.path.length > 0) focus.current = textName(path, result.path);
  };
  const onKey = (at: ItemPath) => (e: KeyboardEvent) => {
    const key = e.altKey ? `Alt+${e.key}` : e.key;
    const op = {
      "Alt+ArrowUp": () => moveItem(items, at, -1),
      "Alt+ArrowDown": () => moveItem(items, at, 1),
      "Alt+ArrowRight": () => indentItem(items, at),
      "Alt+ArrowLeft": () => outdentItem(items, at),
      Enter: () => insertAfter(items, at),
    }[key];
    if (!op || (key === "Enter" && (e.target as HTMLElement).tagName === "TEXTAREA")) return;
    e.preventDefault();
    apply(op());
  };

  const renderList = (list: Item[], parent: ItemPath) => (
    <ul className={parent.length ? "ml-6 border-l border-slate-200 pl-3" : ""}>
      {list.map((item, i) => {
        const at = [...parent, i];
        const name = textName(path, at).slice(0, -".text".length);
        const position = at.map((n) => n + 1).join(".");
        const what = `${label} ${position}`;
        return (
          <li key={i} className="my-1.5" data-item={position}>
            <div className="flex flex-wrap items-start gap-1.5">
              <select name={`${name}.kind`} value={item.kind} aria-label={`Kind of ${what}`} onChange={(e) => setAt(path, updateItem(items, at, { kind: e.target.value as Item["kind"] }))} className="rounded border border-slate-300 px-1 py-1 text-xs">
                <option value="item">Bullet</option>
                <option value="group">Group label</option>
                <option value="note">Note</option>
              </select>
              {/* A one-line input would drop the line breaks of a multi-line entry. */}
              {item.kind === "note" || item.text.includes("\n") ? (
                <textarea id={fieldId(`${name}.text`)} name={`${name}.text`} value={item.text} aria-label={what} rows={2} onKeyDown={onKey(at)} onChange={(e) => setAt(path, updateItem(items, at, { text: e.target.value }))} className="min-w-64 flex-1 rounded border border-slate-300 px-2 py-1 text-sm" />
              ) : (
                <input id={fieldId(`${name}.text`)} name={`${name}.text`} value={item.text} aria-label={what} onKeyDown={onKey(at)} onChange={(e) => setAt(path, updateItem(items, at, { text: e.target.value }))} className="min-w-64 flex-1 rounded border border-slate-300 px-2 py-1 text-sm" />
              )}
              <KeptFields item={item} name={name} />
              {item.children.length > 0 ? (
                <label className="flex items-center gap-1 text-xs text-slate-600">
                  <input type="checkbox" name={`${name}.ordered`} value="true" checked={item.ordered} onChange={(e) => setAt(path, updateItem(items, at, { ordered: e.target.checked }))} />
                  numbered
                </label>
              ) : (
                item.ordered && <input type="hidden" name={`${name}.ordered`} value="true" />
              )}
              <span className="flex gap-0.5">
                <button type="button" className={small} disabled={i === 0} onClick={() => apply(moveItem(items, at, -1))} aria-label={`Move ${what} up`} title="Move up (Alt+↑)">↑</button>
                <button type="button" className={small} disabled={i === list.length - 1} onClick={() => apply(moveItem(items, at, 1))} aria-label={`Move ${what} down`} title="Move down (Alt+↓)">↓</button>
                <button type="button" className={small} disabled={i === 0} onClick={() => apply(indentItem(items, at))} aria-label={`Indent ${what}`} title="Indent (Alt+→)">→</button>
                <button type="button" className={small} disabled={parent.length === 0} onClick={() => apply(outdentItem(items, at))} aria-label={`Outdent ${what}`} title="Outdent (Alt+←)">←</button>
                <button type="button" className={small} onClick={() => apply(insertAfter(items, at))} aria-label={`Add an entry after ${what}`} title="Add below (Enter)">+</button>
                <button type="button" className={small} onClick={() => apply(addChild(items, at))} aria-label={`Add a sub-entry to ${what}`} title="Add a sub-entry">+↳</button>
                <button type="button" className={small} onClick={() => apply(removeItem(items, at))} aria-label={`Remove ${what}`} title="Remove">✕</button>
              </span>
            </div>
            <FieldError name={`${name}.text`} />
            {item.children.length > 0 && renderList(item.children, at)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <fieldset className="mt-4 rounded-md border border-slate-200 p-3" aria-label={label}>
      <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
      <FieldError name={pathName(path)} />
      {renderList(items, [])}
      <button type="button" className={`${small} mt-2`} onClick={() => apply(insertAfter(items, []))}>
        Add to {label.toLowerCase()}
      </button>
    </fieldset>
  );
}
