import { familyPartSchema, type Item, type JobFamily, levelPartSchema } from "../document";
import type { Draft } from "./draft";
import { group, pushNote } from "./entries";
import { FAMILY_HEADINGS, plainHeading } from "./headings";
import { familyHandbookUrl } from "../links";
import { abbreviationIn, levelGrade, levelIds, levelReportsTo, nextStepTarget } from "./level-facts";

/** Completes a draft once the whole page is read: moves level indicators, reads facts from prose. */
export function finishDraft(draft: Draft): JobFamily {
  const family = draft.family;
  family.levels = draft.levels.map((d) => d.level);
  moveLevelIndicators(draft);
  keepHeadingsOfEmptiedParts(draft);

  const ids = levelIds(family.levels.map((level) => level.title));
  family.levels.forEach((level, i) => {
    level.id = ids[i];
    level.abbreviation = abbreviationIn(level.title);
    level.grade = levelGrade(level);
    level.reportsTo = levelReportsTo(level);
    if (level.nextStep) level.nextStep.target = nextStepTarget(level.nextStep.text, familyHandbookUrl(family));
    level.headings = inPartOrder(level.headings, levelPartSchema.options);
    if (!level.headings) delete level.headings;
  });
  family.headings = inPartOrder(family.headings, familyPartSchema.options);
  if (!family.headings) delete family.headings;
  return family;
}

/**
 * Headings keyed in the schema's order of parts, whatever order the page had them in: records
 * keep their key order in JSON, and a revision compares documents as JSON.
 */
function inPartOrder<K extends string>(headings: Partial<Record<K, string>> | undefined, order: readonly K[]) {
  const ordered: Partial<Record<K, string>> = {};
  for (const key of order) if (headings?.[key] !== undefined) ordered[key] = headings[key];
  return Object.keys(ordered).length > 0 ? ordered : undefined;
}

/**
 * A group under the family's Performance Indicators headed with a level's title, or the start of
 * one ("### Group Manager" for "Group Manager, Product (GMP)"), holds that level's indicators:
 * its entries move to the level. A level that already has indicators (its own, or a group moved
 * before) takes no more: the later group stays in the family's list under its heading, since
 * merging would lose that heading and could not be told apart again on re-import.
 */
function moveLevelIndicators(draft: Draft): void {
  const levels = draft.family.levels;
  for (const found of draft.levelIndicators) {
    const name = plainHeading(found.text);
    if (name === "") continue;
    const level =
      levels.find((l) => plainHeading(l.title) === name) ??
      levels.find((l) => {
        const title = plainHeading(l.title);
        return title.startsWith(name) && /^[^a-z0-9]/.test(title.slice(name.length));
      });
    if (!level || level.performanceIndicators.length > 0) continue;
    if (!removeEntry(draft.family.performanceIndicators, found)) continue;
    for (const entry of asTopLevel(found)) {
      if (entry.kind === "note") pushNote(level.performanceIndicators, entry.text);
      else level.performanceIndicators.push(entry);
    }
  }
}

/** A group's entries as they read at the top of a list, where numbered runs need their own group. */
function asTopLevel(found: Item): Item[] {
  if (!found.ordered) return found.children;
  const entries: Item[] = [];
  for (const entry of found.children) {
    const last = entries[entries.length - 1];
    if (entry.kind !== "item") entries.push(entry);
    else if (last?.kind === "group" && last.text === "" && last.ordered) last.children.push(entry);
    else entries.push(group("", true, [entry]));
  }
  return entries;
}

function removeEntry(entries: Item[], target: Item): boolean {
  const index = entries.indexOf(target);
  if (index >= 0) {
    entries.splice(index, 1);
    return true;
  }
  return entries.some((entry) => removeEntry(entry.children, target));
}

/** A list part left empty once its level indicators moved keeps its heading, so no word is lost. */
function keepHeadingsOfEmptiedParts(draft: Draft): void {
  const family = draft.family;
  for (const part of ["references", "responsibilities", "requirements", "performanceIndicators"] as const) {
    if (family[part].length > 0 || !draft.filled.has(part)) continue;
    const written = family.headings?.[part];
    if (family.headings) delete family.headings[part];
    family.sections.push({ heading: written ?? FAMILY_HEADINGS[part], body: "" });
  }
}
