"use server";

import { z } from "zod";
import { familyChanged } from "@/app/_server/family-changed";
import { protectedAction } from "@/lib/auth/action";
import { applyConflictChoices, readConflictChoices } from "@/lib/editing/conflict-choices";
import { FIELD_LIMITS, documentFromForm } from "@/lib/editing/fields";
import { EditConflictError, type FormSaveData, saveEdit } from "@/lib/editing/save-edit";
import { InvalidError } from "@/lib/errors";
import { slugSchema } from "@/lib/families/document";
import { getFamilyRevision } from "@/lib/families/queries";

/**
 * The edit form posts the revision it started from, a summary, which part it edits (the whole
 * family, or `levels.N`), and the document's fields named by their paths.
 */
const saveSchema = z
  .object({
    department: slugSchema,
    family: slugSchema,
    baseRevision: z.coerce.number().int().positive().max(2_147_483_647),
    summary: z.string().max(10_000),
    scope: z.string().regex(/^(levels\.\d{1,4})?$/, "must be empty or levels.N").default(""),
  })
  .catchall(z.string().max(200_000, "must be at most 200,000 characters"))
  .refine((input) => Object.keys(input).length <= FIELD_LIMITS.fields, { message: "has too many fields", path: ["form"] });

export const saveFamilyAction = protectedAction<typeof saveSchema, FormSaveData>({
  schema: saveSchema,
  permission: (input) => ({ action: "family.edit", resource: { department: input.department, family: input.family } }),
  run: async ({ db, actor, input }) => {
    const { department, family, baseRevision, summary, scope, ...submitted } = input;
    const base = await getFamilyRevision(db, department, family, baseRevision);
    // After a conflict, a form without JavaScript also posts the choice made for each field.
    const { fields, choices, issues: choiceIssues } = readConflictChoices(submitted, scope);
    const fromForm = documentFromForm(base.document, fields, scope);
    const { document, issues: chosenIssues } = applyConflictChoices(fromForm.document, choices);
    const issues = [...choiceIssues, ...fromForm.issues, ...chosenIssues];
    try {
      if (issues.length > 0) throw new InvalidError(issues);
      const result = await saveEdit(db, { department, slug: family, baseRevision, summary, document, author: actor });
      if (result.outcome === "saved") familyChanged({ department, slug: family });
      const merged = result.mergedWith ? `, merged with revision ${result.mergedWith} saved meanwhile` : "";
      return {
        message:
          (result.outcome === "saved" ? `Saved as revision ${result.number}${merged}.` : "Nothing changed, so nothing was saved.") +
          (result.warnings.length ? ` The checks have ${result.warnings.length} ${result.warnings.length === 1 ? "warning" : "warnings"} (see the marked fields).` : ""),
        data: {
          outcome: result.outcome,
          number: result.number,
          mergedWith: result.mergedWith,
          warnings: result.warnings,
          // After a merge the form must show what was saved, or its next save would undo the others' part.
          merged: result.mergedWith ? result.document : undefined,
        },
      };
    } catch (error) {
      if (error instanceof EditConflictError) {
        return {
          message: error.message,
          // The summary too: a form rendered again without JavaScript must not lose it.
          data: { outcome: "conflict", currentRevision: error.currentRevision, conflicts: error.conflicts, merged: error.merged, summary },
        };
      }
      if (error instanceof InvalidError) {
        const count = error.issues.length;
        throw new InvalidError(error.issues, `${count} ${count === 1 ? "problem" : "problems"} to fix: see the marked fields.`);
      }
      throw error;
    }
  },
});
