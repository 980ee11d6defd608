import type { JobFamily } from "../families/document";
import { completeness, requiredPhrase } from "./completeness";
import { inclusiveLanguage } from "./inclusive";
import { type LinkIndex, brokenLinks } from "./links";
import type { CheckMode, CheckSettings, Finding } from "./rules";

export type RatedFinding = Finding & { mode: Exclude<CheckMode, "off"> };

/** Every enabled check on one document, each finding marked as blocking or a warning. Pure. */
export function runChecks(family: JobFamily, settings: CheckSettings, index: LinkIndex): RatedFinding[] {
  const { modes } = settings;
  const findings: Finding[] = [
    ...(modes.completeness !== "off" ? completeness(family) : []),
    ...(modes["required-phrase"] !== "off" ? requiredPhrase(family, settings.requiredPhrase) : []),
    ...(modes["inclusive-language"] !== "off" ? inclusiveLanguage(family) : []),
    ...(modes.links !== "off" ? brokenLinks(family, index) : []),
  ];
  return findings.map((f) => ({ ...f, mode: modes[f.rule] as Exclude<CheckMode, "off"> }));
}
