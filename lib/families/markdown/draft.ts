import type { FamilyPart, Item, JobFamily, Level, LevelPart } from "../document";
import { emptyFamily, emptyLevel } from "../document";
import type { Outline } from "./outline";

/** A level being read, with the parts already filled (a second "Responsibilities" is not the first). */
export type LevelDraft = { level: Level; filled: Set<LevelPart> };

/** A family being read from one page. */
export type Draft = {
  outline: Outline;
  family: JobFamily;
  filled: Set<FamilyPart>;
  levels: LevelDraft[];
  /**
   * Groups under the family's Performance Indicators whose heading names a level
   * ("### Group Manager"); they move to that level once all levels are known.
   */
  levelIndicators: Item[];
};

export function newDraft(outline: Outline, department: string, slug: string, title: string): Draft {
  return { outline, family: emptyFamily(department, slug, title), filled: new Set(), levels: [], levelIndicators: [] };
}

export function newLevel(title: string, intro: string): LevelDraft {
  return {
    level: { ...emptyLevel("level", title), intro },
    filled: new Set(),
  };
}

/** Records how the source worded a heading, when it is not the usual wording. */
export function noteHeading<K extends string>(
  owner: { headings?: Partial<Record<K, string>> },
  part: K,
  written: string,
  usual: string,
): void {
  if (written === usual) return;
  owner.headings = { ...owner.headings, [part]: written } as Partial<Record<K, string>>;
}
