"use server";

import { z } from "zod";
import { protectedAction } from "@/lib/auth/action";
import { checkModes, checkRules } from "@/lib/checks/rules";
import { saveCheckSettings } from "@/lib/checks/store";

const mode = z.enum(checkModes as ["block", "warn", "off"]);
const settingsSchema = z.object({
  "mode:completeness": mode,
  "mode:required-phrase": mode,
  "mode:inclusive-language": mode,
  "mode:links": mode,
  requiredPhrase: z.string().trim().max(200, "must be at most 200 characters"),
}) satisfies z.ZodType<Record<`mode:${(typeof checkRules)[number]}`, string>>;

export const saveCheckSettingsAction = protectedAction({
  schema: settingsSchema,
  permission: () => ({ action: "admin.checks" }),
  run: async ({ db, actor, input }) => {
    const modes = Object.fromEntries(checkRules.map((rule) => [rule, input[`mode:${rule}`]])) as Record<(typeof checkRules)[number], z.infer<typeof mode>>;
    await saveCheckSettings(db, actor, { modes, requiredPhrase: input.requiredPhrase });
    return { message: "Saved. Editors see the new settings on their next page load; saves follow them at once." };
  },
  revalidate: () => ["/admin/checks"],
});
