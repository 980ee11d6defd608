"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { familyChanged } from "@/app/_server/family-changed";
import { can, forbiddenMessage } from "@/lib/access/policy";
import { protectedAction } from "@/lib/auth/action";
import { InvalidError } from "@/lib/errors";
import { moveFamily, setArchived } from "@/lib/editing/lifecycle";
import { slugSchema } from "@/lib/families/document";
import { familyPagePath } from "@/lib/families/paths";

/**
 * Renaming or moving changes the address everyone links to: it needs the right to edit the family
 * and to create families in the department it goes to (the policy's family.create).
 */
const moveSchema = z.object({
  department: slugSchema,
  family: slugSchema,
  toDepartment: slugSchema,
  toSlug: slugSchema,
  summary: z.string().max(500, "must be at most 500 characters"),
});

export const moveFamilyAction = protectedAction({
  schema: moveSchema,
  permission: (input) => ({ action: "family.edit", resource: { department: input.department, family: input.family } }),
  run: async ({ db, actor, subject, input }) => {
    // The department is typed into the form: one the editor may not create in is theirs to correct.
    if (!can(subject, "family.create", { department: input.toDepartment })) {
      throw new InvalidError([{ path: "toDepartment", message: forbiddenMessage("family.create", { department: input.toDepartment }) }]);
    }
    const to = { department: input.toDepartment, slug: input.toSlug };
    const { number } = await moveFamily(db, actor, { department: input.department, slug: input.family }, to, input.summary);
    familyChanged({ department: input.department, slug: input.family });
    familyChanged(to);
    redirect(`${familyPagePath(to.department, to.slug)}?moved=${number}`);
  },
});

/** Archiving hides a family from every list: the department's editors decide (family.create). */
const archiveSchema = z.object({ department: slugSchema, family: slugSchema, archived: z.enum(["true", "false"]) });

export const archiveFamilyAction = protectedAction({
  schema: archiveSchema,
  permission: (input) => ({ action: "family.create", resource: { department: input.department } }),
  run: async ({ db, actor, input }) => {
    const archived = input.archived === "true";
    await setArchived(db, actor, { department: input.department, slug: input.family }, archived);
    familyChanged({ department: input.department, slug: input.family });
    return { message: archived ? "Archived: hidden from lists, still readable by its address." : "Restored: listed again." };
  },
});
