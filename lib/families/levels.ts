import type { HiringStage, JobFamily, Level } from "./document";
import { slugFromFolders } from "./paths";

/** A level somewhere in the portal; `level` null means the family as a whole. */
export type LevelAddress = { department: string; slug: string; level: string | null };

/** The hiring process at a glance: how many stages, and the interview time the text states. */
export function hiringSummary(stages: readonly HiringStage[]): { stages: number; minutes: number; untimed: number } {
  const real = stages.filter((s) => s.kind === "stage");
  return {
    stages: real.length,
    minutes: real.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0),
    untimed: real.filter((s) => s.durationMinutes === null).length,
  };
}

/** 270 → "4 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Where a level's career-ladder next step leads, filled in with this family where the text left it implicit. */
export function nextStepAddress(family: JobFamily, level: Level): LevelAddress | null {
  const target = level.nextStep?.target;
  if (!target || (!target.family && !target.level)) return null;
  return {
    department: target.department ?? family.department,
    slug: target.family ?? family.slug,
    level: target.level,
  };
}

/**
 * The places a piece of markdown links to inside the ladder: `#anchor` is a level of this family
 * (when one has that anchor), `/job-families/{department}/{folders…}` another family. Other links
 * (people, handbook pages) are not part of the ladder.
 */
export function linkedAddresses(family: JobFamily, markdown: string | null): LevelAddress[] {
  if (!markdown) return [];
  const found: LevelAddress[] = [];
  for (const match of markdown.matchAll(/\]\(\s*([^)\s]+)[^)]*\)/g)) {
    const href = match[1];
    if (href.startsWith("#")) {
      const level = family.levels.find((l) => l.id === href.slice(1));
      if (level) found.push({ department: family.department, slug: family.slug, level: level.id });
      continue;
    }
    const path = /^\/job-families\/([^?#]+)(?:\?[^#]*)?(?:#([a-z0-9-]+))?$/.exec(href);
    if (!path) continue;
    const [department, ...folders] = path[1].split("/").filter(Boolean);
    if (!department || folders.length === 0) continue;
    found.push({ department, slug: slugFromFolders(folders), level: path[2] ?? null });
  }
  const seen = new Set<string>();
  return found.filter((a) => {
    const key = `${a.department}/${a.slug}#${a.level ?? ""}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The level just above this one in the family by grade (the one to compare with), if any. */
export function levelAbove(family: JobFamily, level: Level): Level | null {
  const step = nextStepAddress(family, level);
  if (step && step.department === family.department && step.slug === family.slug && step.level) {
    const target = family.levels.find((l) => l.id === step.level);
    if (target) return target;
  }
  if (level.grade === null) return null;
  const higher = family.levels.filter((l) => l.grade !== null && l.grade > level.grade!);
  return higher.sort((a, b) => a.grade! - b.grade!)[0] ?? null;
}
