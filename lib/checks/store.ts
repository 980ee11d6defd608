import type { Database } from "../../db/client";
import { auditEvents, checkSettings } from "../../db/schema";
import type { Actor } from "../access/audit";
import { allCurrentFamilies } from "../families/queries";
import type { JobFamily } from "../families/document";
import { InvalidError } from "../errors";
import type { LinkIndex } from "./links";
import { type CheckMode, type CheckSettings, checkModes, checkRules, defaultSettings } from "./rules";
import { type RatedFinding, runChecks } from "./run";

/** The admins' choices over the defaults (and LADDER_REQUIRED_PHRASE). */
export async function loadCheckSettings(db: Database): Promise<CheckSettings> {
  const settings = defaultSettings(process.env);
  for (const row of await db.select().from(checkSettings)) {
    const rule = row.key.replace(/^mode:/, "");
    if (row.key.startsWith("mode:") && (checkRules as readonly string[]).includes(rule) && checkModes.includes(row.value as CheckMode)) {
      settings.modes[rule as keyof CheckSettings["modes"]] = row.value as CheckMode;
    }
    if (row.key === "required-phrase") settings.requiredPhrase = row.value;
  }
  return settings;
}

export async function saveCheckSettings(db: Database, actor: Actor, settings: CheckSettings): Promise<void> {
  const rows = [
    ...checkRules.map((rule) => ({ key: `mode:${rule}`, value: settings.modes[rule] })),
    { key: "required-phrase", value: settings.requiredPhrase.trim() },
  ];
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx
        .insert(checkSettings)
        .values({ ...row, updatedBy: actor.name })
        .onConflictDoUpdate({ target: checkSettings.key, set: { value: row.value, updatedBy: actor.name, updatedAt: new Date() } });
    }
    await tx.insert(auditEvents).values({ actorId: actor.id, actorName: actor.name, action: "checks.configured", target: "checks", details: settings });
  });
}

/** Every family and its level ids, for the link check. */
export async function loadLinkIndex(db: Database): Promise<LinkIndex> {
  const families = await allCurrentFamilies(db);
  return Object.fromEntries(families.map(({ document: f }) => [`${f.department}/${f.slug}`, f.levels.map((l) => l.id)]));
}

/**
 * The checks at save: blocking findings refuse the save with the fields named (a 422, errors
 * beside the fields); warnings are returned for the editor to see.
 */
export async function enforceChecks(db: Database, document: JobFamily): Promise<RatedFinding[]> {
  const findings = runChecks(document, await loadCheckSettings(db), await loadLinkIndex(db));
  const blocking = findings.filter((f) => f.mode === "block");
  if (blocking.length > 0) {
    throw new InvalidError(
      blocking.map((f) => ({ path: f.path, message: f.message })),
      `${blocking.length === 1 ? "A check blocks" : `${blocking.length} checks block`} this save: ${blocking.map((f) => f.message).join("; ")}`,
    );
  }
  return findings.filter((f) => f.mode === "warn");
}
