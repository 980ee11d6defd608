"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { familyChanged } from "@/app/_server/family-changed";
import { protectedAction } from "@/lib/auth/action";
import { newFamily } from "@/lib/editing/new-family";
import { slugSchema } from "@/lib/families/document";
import { familyPagePath } from "@/lib/families/paths";

const createSchema = z.object({
  department: slugSchema,
  slug: slugSchema,
  title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  template: z
    .string()
    .max(401)
    .regex(/^([a-z0-9-]+\/[a-z0-9-]+)?$/, "must be a family or empty")
    .transform((v) => v || null),
  summary: z.string().max(500, "must be at most 500 characters"),
});

export const createFamilyAction = protectedAction({
  schema: createSchema,
  permission: (input) => ({ action: "family.create", resource: { department: input.department } }),
  run: async ({ db, actor, input }) => {
    await newFamily(db, { ...input, author: actor });
    familyChanged({ department: input.department, slug: input.slug });
    redirect(`${familyPagePath(input.department, input.slug)}/edit`);
  },
});
