"use client";

import { createContext, useContext } from "react";
import type { RatedFinding } from "@/lib/checks/run";
import type { LevelTarget } from "@/lib/editing/level-targets";
import type { Path } from "@/lib/revisions/merge";

/** What every field of the edit form needs: its errors, the way to change the document, the link targets. */
export type EditorContext = {
  errors: Record<string, string>;
  /** What the checks found, by field: shown beside it while typing. */
  findings: Record<string, RatedFinding[]>;
  setAt: (path: Path, value: unknown) => void;
  targets: LevelTarget[];
  /** Where to edit one level on its own (absent when this form already is a level's). */
  levelHref?: (id: string) => string;
};

export const Editor = createContext<EditorContext | null>(null);

export function useEditor(): EditorContext {
  const context = useContext(Editor);
  if (!context) throw new Error("useEditor outside the family editor");
  return context;
}

export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

/** The first error at or inside a field (a list shows its entries' errors too). */
export function errorFor(errors: Record<string, string>, name: string): string | undefined {
  return errors[name];
}

/** The error and the check findings of one field, beside it. */
export function FieldError({ name }: { name: string }) {
  const { errors, findings } = useEditor();
  const message = errorFor(errors, name);
  const found = findings[name] ?? [];
  if (!message && found.length === 0) return null;
  return (
    <>
      {message && (
        <p id={`${fieldId(name)}-error`} className="mt-1 text-sm text-red-700" data-error-for={name}>
          {message}
        </p>
      )}
      {found.map((f, i) => (
        <p key={i} className={`mt-1 text-sm ${f.mode === "block" ? "text-red-700" : "text-amber-700"}`} data-finding={f.rule}>
          {f.mode === "block" ? "Blocks saving: " : "Check: "}
          {f.message}
        </p>
      ))}
    </>
  );
}
