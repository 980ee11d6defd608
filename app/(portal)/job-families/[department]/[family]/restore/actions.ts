"use server";

import { z } from "zod";
import { familyChanged } from "@/app/_server/family-changed";
import { protectedAction } from "@/lib/auth/action";
import { slugSchema } from "@/lib/families/document";
import { restoreRevision } from "@/lib/revisions/restore";

const revisionNumber = z.coerce.number().int().positive("must be a revision number");

/** Restores revision N as a new revision (admins only), refused if someone saved since the page was shown. */
export const restoreAction = protectedAction({
  schema: z.object({ department: slugSchema, slug: slugSchema, revision: revisionNumber, baseRevision: revisionNumber }),
  permission: (input) => ({ action: "revision.restore", resource: { department: input.department, family: input.slug } }),
  run: async ({ db, actor, input }) => {
    const result = await restoreRevision(db, { ...input, actor });
    familyChanged(input);
    return { message: `Revision ${input.revision} restored as revision ${result.number}.`, data: { number: result.number } };
  },
});
