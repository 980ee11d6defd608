import { z } from "zod";
import { type Scope, checkGrantShape, parseScope, roleSchema } from "@/lib/access/roles";
import { EMAIL_MAX_LENGTH } from "@/lib/access/users";

/** The grant form: one email, a role, and a scope typed as "", "product" or "product/family". */
export const grantFormSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
      .pipe(z.email("must be an email address")),
    role: roleSchema,
    scope: z
      .string()
      .max(300, "must be at most 300 characters")
      .optional()
      .transform((value, ctx): Scope => {
        try {
          return parseScope(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
          return z.NEVER;
        }
      }),
  })
  .superRefine((input, ctx) => {
    const problem = checkGrantShape({ role: input.role, ...input.scope });
    if (problem) ctx.addIssue({ code: "custom", path: ["scope"], message: problem });
  });
