"use server";

import { z } from "zod";
import { protectedAction } from "@/lib/auth/action";
import { jobFamilySchema, slugSchema } from "@/lib/families/document";
import { familyHtml, levelHtml } from "@/lib/families/html/family";
import { markdownFor } from "@/lib/families/html/lists";
import { renderMarkdown } from "@/lib/markdown/render";
import { handbookUrlFromEnv } from "@/lib/markdown/handbook-url";

const previewSchema = z.object({
  department: slugSchema,
  family: slugSchema,
  level: z.coerce.number().int().min(-1).max(9_999).default(-1),
  document: z.string().max(4_000_000),
});

/**
 * The live preview: the edited document rendered by the very functions (and the same markdown
 * sanitiser) that render the reading pages (lib/families/html), so what the editor sees is what
 * readers will see. Returns sanitised HTML.
 */
export const previewFamilyAction = protectedAction<typeof previewSchema, { html: string }>({
  schema: previewSchema,
  permission: (input) => ({ action: "family.edit", resource: { department: input.department, family: input.family } }),
  run: async ({ input }) => {
    let json: unknown;
    try {
      json = JSON.parse(input.document);
    } catch {
      return { message: "The preview could not read the form." };
    }
    const parsed = jobFamilySchema.safeParse(json);
    if (!parsed.success) return { message: "Fix the marked fields to see the preview." };
    const family = parsed.data;
    const links = { family: { department: input.department, slug: input.family }, sourcePath: null, handbookUrl: handbookUrlFromEnv() };
    const level = family.levels[input.level];
    const html = level ? levelHtml(family, level, markdownFor(links)) : renderMarkdown(family.description, links) + familyHtml(family, links);
    return { message: "", data: { html } };
  },
});
