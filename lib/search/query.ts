import { z } from "zod";
import { slugSchema } from "../families/document";

/** The search parameters, as both the page and the API take them: `q`, and optionally `department`. */
export const searchParamsSchema = z.object({
  q: z.string().max(200, "must be at most 200 characters").default(""),
  department: z.union([slugSchema, z.literal("")]).optional().transform((d) => d || undefined),
});
