/**
 * The checks an editor sees while typing and the server repeats at save. Each finding names the
 * field (a document path, as zod issues do) so the form shows it beside that field. Admins decide
 * per rule whether a finding blocks the save, only warns, or is not checked at all.
 */
export const checkRules = ["completeness", "required-phrase", "inclusive-language", "links"] as const;
export type CheckRule = (typeof checkRules)[number];
export type CheckMode = "block" | "warn" | "off";
export const checkModes: readonly CheckMode[] = ["block", "warn", "off"];

export type Finding = { rule: CheckRule; path: string; message: string };

export type CheckSettings = { modes: Record<CheckRule, CheckMode>; requiredPhrase: string };

export const ruleDescriptions: Record<CheckRule, string> = {
  completeness: "Each level has a grade, responsibilities, requirements, performance indicators and a hiring process",
  "required-phrase": "The requirements of each level include the required phrase",
  "inclusive-language": "Masculine-coded and fixed-mindset words and gendered pronouns, each with an alternative",
  links: "Links and next steps point at families and levels that exist",
};

/** Every rule warns until an admin says otherwise: nothing is blocked by surprise. */
export const DEFAULT_REQUIRED_PHRASE = "Ability to use GitLab";
export function defaultSettings(env: Record<string, string | undefined> = {}): CheckSettings {
  return {
    modes: { completeness: "warn", "required-phrase": "warn", "inclusive-language": "warn", links: "warn" },
    requiredPhrase: env.LADDER_REQUIRED_PHRASE ?? DEFAULT_REQUIRED_PHRASE,
  };
}
