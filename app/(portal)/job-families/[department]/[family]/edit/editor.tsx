"use client";

import Link from "next/link";
import { useActionState, useCallback, useEffect, useMemo, useState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { chooseAt, readConflictChoices } from "@/lib/editing/conflict-choices";
import { documentFromForm } from "@/lib/editing/fields";
import type { LinkIndex } from "@/lib/checks/links";
import type { CheckSettings } from "@/lib/checks/rules";
import { type RatedFinding, runChecks } from "@/lib/checks/run";
import type { LevelTarget } from "@/lib/editing/level-targets";
import type { FormSaveData } from "@/lib/editing/save-edit";
import { type JobFamily, jobFamilySchema, levelSchema } from "@/lib/families/document";
import { familyPagePath } from "@/lib/families/paths";
import { type MergeConflict, type Path, deepEqual, getAtPath, setAtPath } from "@/lib/revisions/merge";
import { saveFamilyAction } from "./actions";
import { ConflictPanel, type OpenConflict, showValue } from "./conflict-panel";
import { Editor, type EditorContext } from "./editor-context";
import { previewFamilyAction } from "./preview-action";
import { SchemaField, inputClass } from "./schema-field";
import { clearDraft, draftKey, readDraft, useUnsaved } from "./use-unsaved";

type Props = {
  department: string;
  slug: string;
  document: JobFamily;
  revision: number;
  /** "" for the whole family, `levels.N` for one level. */
  scope: string;
  targets: LevelTarget[];
  /** The check settings and the families and levels that exist, for the checks while typing. */
  checks: { settings: CheckSettings; index: LinkIndex };
};

const FORM_ID = "family-edit-form";

type Start = { document: JobFamily; base: number; summary: string; conflicts: OpenConflict[] };

/** The fields to choose after a save met a conflict: mine stays in the form until chosen otherwise. */
const openConflicts = (conflicts: MergeConflict[]): OpenConflict[] =>
  conflicts.map((c) => ({ path: c.path, mine: c.mine, theirs: c.theirs, choice: "mine", edit: showValue(c.mine) }));

/**
 * Where the form starts: the published revision, or (rendered again after a post, which is how a
 * form without JavaScript works) what was sent, the conflict choices included.
 */
function startFrom(state: ActionState<FormSaveData>, props: Props): Start {
  if (state.status === "ok" && state.data?.outcome === "conflict") {
    const { merged, currentRevision, conflicts, summary } = state.data;
    return { document: merged, base: currentRevision, summary, conflicts: openConflicts(conflicts) };
  }
  if (state.status === "error" && state.values) {
    const { fields, choices } = readConflictChoices(state.values, props.scope);
    const document = documentFromForm(props.document, fields, props.scope).document as JobFamily;
    return {
      document,
      base: Number(state.values.baseRevision) || props.revision,
      summary: state.values.summary ?? "",
      conflicts: choices.map((c) => ({ path: c.path, mine: getAtPath(document, c.path), theirs: c.theirs, choice: c.choice, edit: c.edit })),
    };
  }
  return { document: props.document, base: props.revision, summary: "", conflicts: [] };
}

/** The schema's errors and the checks' findings for the document as it is now, by field. */
function liveProblems(document: JobFamily, checks: Props["checks"]) {
  const parsed = jobFamilySchema.safeParse(document);
  const errors: Record<string, string> = {};
  const findings: Record<string, RatedFinding[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "(document)"] ??= issue.message;
    return { errors, findings, all: [] as RatedFinding[] };
  }
  const all = runChecks(parsed.data, checks.settings, checks.index);
  for (const f of all) (findings[f.path] ??= []).push(f);
  return { errors, findings, all };
}

export function FamilyEditor(props: Props) {
  const { department, slug, scope } = props;
  const [state, formAction] = useActionState<ActionState<FormSaveData>, FormData>(saveFamilyAction, idleState);
  const [start] = useState(() => startFrom(state, props));
  const [document, setDocument] = useState<JobFamily>(start.document);
  const [saved, setSaved] = useState<JobFamily>(props.document);
  const [base, setBase] = useState(start.base);
  const [summary, setSummary] = useState(start.summary);
  const [conflicts, setConflicts] = useState<OpenConflict[]>(start.conflicts);
  const [restored, setRestored] = useState<string | null>(null);
  const key = draftKey(department, slug, scope);
  const dirty = !deepEqual(document, saved) || conflicts.length > 0;
  useUnsaved(key, dirty, document, base);

  // A draft left by a reload or a crash comes back, with the revision it was based on.
  useEffect(() => {
    const draft = readDraft<JobFamily>(key);
    if (draft && !deepEqual(draft.document, props.document) && state.status === "idle") {
      // localStorage exists only in the browser, after hydration: this is syncing from outside React.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDocument(draft.document);
      setBase(draft.base);
      setRestored(draft.savedAt);
    }
    // Only on the first render: later drafts are this page's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new answer from the server adjusts the form while rendering (no effect round trip).
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === "ok" && state.data?.outcome === "conflict") {
      setDocument(state.data.merged);
      setBase(state.data.currentRevision);
      setConflicts(openConflicts(state.data.conflicts));
    } else if (state.status === "ok" && state.data && state.data.outcome !== "conflict") {
      setBase(state.data.number);
      if (state.data.merged) setDocument(state.data.merged);
      setSaved(state.data.merged ?? document);
      setConflicts([]);
      setSummary("");
      setRestored(null);
    }
  }
  const savedNow = state.status === "ok" && state.data !== undefined && state.data.outcome !== "conflict";
  useEffect(() => {
    if (savedNow) clearDraft(key);
  }, [savedNow, state, key]);

  const setAt = useCallback((path: Path, value: unknown) => setDocument((d) => setAtPath(d, path, value)), []);
  const live = useMemo(() => liveProblems(document, props.checks), [document, props.checks]);
  const serverErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const context: EditorContext = useMemo(
    () => ({
      errors: { ...live.errors, ...serverErrors },
      findings: live.findings,
      setAt,
      targets: props.targets,
      levelHref: scope ? undefined : (id: string) => `${familyPagePath(department, slug)}/edit?level=${encodeURIComponent(id)}`,
    }),
    // serverErrors is a new object per render of the same state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [live, state, setAt, props.targets, scope, department, slug],
  );

  const levelIndex = scope ? Number(scope.split(".")[1]) : -1;
  const preview = usePreview(department, slug, document, levelIndex);
  const familyPath = familyPagePath(department, slug);

  return (
    <Editor.Provider value={context}>
      {restored && (
        <p role="status" className="mt-4 rounded-md bg-sky-50 p-3 text-sm text-sky-900">
          Your unsaved changes from {new Date(restored).toLocaleString()} were restored (based on revision {base}).{" "}
          <button
            type="button"
            className="underline"
            onClick={() => {
              clearDraft(key);
              setDocument(props.document);
              setBase(props.revision);
              setRestored(null);
            }}
          >
            Discard them
          </button>
        </p>
      )}
      {conflicts.length > 0 && (
        <ConflictPanel
          conflicts={conflicts}
          revision={base}
          form={FORM_ID}
          errors={context.errors}
          onChoose={(conflict, value) => setDocument((d) => chooseAt(d, conflict.path, value))}
        />
      )}
      <ChecksSummary findings={scope ? live.all.filter((f) => f.path.startsWith(`${scope}.`)) : live.all} />
      <div className="mt-6 grid gap-8 xl:grid-cols-2">
        {/* The sticky save bar must not cover the field that has focus (scroll margin below each). */}
        <form id={FORM_ID} action={formAction} className="min-w-0 [&_:is(input,textarea,select,button)]:scroll-mb-56" noValidate>
          <input type="hidden" name="department" value={department} />
          <input type="hidden" name="family" value={slug} />
          <input type="hidden" name="baseRevision" value={base} />
          <input type="hidden" name="scope" value={scope} />
          {levelIndex >= 0 ? (
            <SchemaField schema={levelSchema} path={["levels", levelIndex]} value={document.levels[levelIndex]} label="Level" />
          ) : (
            <SchemaField schema={jobFamilySchema} path={[]} value={document} label="Family" />
          )}
          <div className="sticky bottom-0 mt-6 border-t border-slate-200 bg-white/95 py-4">
            <label htmlFor="edit-summary" className="block text-sm font-medium text-slate-700">
              Summary of your change <span className="text-red-700">(required)</span>
            </label>
            <input
              id="edit-summary"
              name="summary"
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              maxLength={500}
              placeholder="e.g. Added a responsibility for roadmap reviews"
              className={inputClass}
              aria-invalid={serverErrors.summary ? true : undefined}
              aria-describedby={serverErrors.summary ? "edit-summary-error" : undefined}
            />
            {serverErrors.summary && (
              <p id="edit-summary-error" className="mt-1 text-sm text-red-700">
                {serverErrors.summary}
              </p>
            )}
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <SubmitButton label="Save" pendingLabel="Saving…" />
              <Link href={familyPath} className="text-sm text-slate-600 hover:underline">
                Back to the family
              </Link>
              <span className="text-sm text-slate-500">Based on revision {base}</span>
            </div>
            {state.status !== "idle" && (
              <p role={state.status === "error" ? "alert" : "status"} className={`mt-2 text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-700"}`}>
                {state.message}{" "}
                {state.status === "ok" && state.data?.outcome !== "conflict" && (
                  <Link href={familyPath} className="underline">
                    See the family
                  </Link>
                )}
              </p>
            )}
          </div>
        </form>
        <section aria-labelledby="preview-heading" className="min-w-0">
          <h2 id="preview-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            Preview
          </h2>
          <div className="mt-2 rounded-xl border border-dashed border-slate-300 p-4" data-testid="preview" aria-live="polite" aria-busy={preview.busy}>
            {preview.content !== null ? (
              // Sanitised on the server by the reading pages' renderer (lib/families/html).
              <div className="family prose prose-slate max-w-none prose-a:text-indigo-700" dangerouslySetInnerHTML={{ __html: preview.content }} />
            ) : (
              <p className="text-sm text-slate-500">{preview.message || "The preview appears here as you type."}</p>
            )}
          </div>
        </section>
      </div>
    </Editor.Provider>
  );
}

/** All findings at a glance, each linking to its field (levels may be folded away). */
function ChecksSummary({ findings }: { findings: RatedFinding[] }) {
  if (findings.length === 0) return null;
  const blocking = findings.filter((f) => f.mode === "block").length;
  return (
    <details className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="checks">
      <summary className="cursor-pointer font-medium text-amber-900">
        Checks: {findings.length} {findings.length === 1 ? "finding" : "findings"}
        {blocking > 0 && `, ${blocking} blocking the save`}
      </summary>
      <ul className="mt-2 space-y-1">
        {findings.map((f, i) => (
          <li key={i} className={f.mode === "block" ? "text-red-800" : "text-amber-900"}>
            <span className="font-mono text-xs">{f.path}</span>: {f.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Renders the document on the server, as the reading pages do, a moment after typing stops. */
function usePreview(department: string, slug: string, document: JobFamily, level: number) {
  const [content, setContent] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      const form = new FormData();
      form.set("department", department);
      form.set("family", slug);
      form.set("level", String(level));
      form.set("document", JSON.stringify(document));
      setBusy(true);
      try {
        const result = await previewFamilyAction(idleState, form);
        if (cancelled) return;
        setMessage(result.status === "idle" ? "" : result.message);
        setContent(result.status === "ok" && result.data ? result.data.html : null);
      } catch {
        if (!cancelled) setMessage("The preview is not available right now.");
      } finally {
        if (!cancelled) setBusy(false);
      }
    }, 500);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [department, slug, document, level]);
  return { content, message, busy };
}


