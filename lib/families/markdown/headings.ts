import type { FamilyPart, LevelPart } from "../document";

/** A heading's words for matching: lower case, no markdown, links by their text, no end punctuation. */
export function plainHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:.\-–—]+$/, "")
    .toLowerCase();
}

export type HeadingKind = FamilyPart | "grade";

/**
 * What a heading introduces, by the words the handbook uses for it, however the rest of the
 * heading is worded ("General Requirements for Security Engineer roles", "X Hiring Process").
 * Checked most specific first: "Base Requirements Across All Levels" is requirements, not levels.
 */
export function headingKind(text: string): HeadingKind | null {
  const plain = plainHeading(text);
  if (/\bhiring process\b/.test(plain)) return "hiringProcess";
  if (/\bperformance indicators?\b|\bhow you'?ll be measured\b|^kpis?$/.test(plain)) return "performanceIndicators";
  if (/\bcareer ladder\b/.test(plain)) return "careerLadder";
  if (/\b(?:specialties|specialities|specializations|specialisations)\b/.test(plain)) return "specialties";
  if (/\bresponsibilities\b/.test(plain)) return "responsibilities";
  if (/\b(?:requirements|qualifications)\b/.test(plain)) return "requirements";
  if (/^(?:references|relevant links|helpful links|related links)$/.test(plain)) return "references";
  if (/\blevels\b/.test(plain)) return "levels";
  if (/\bjob grade\b|^grade$/.test(plain)) return "grade";
  return null;
}

/** A level's sub-heading without the level's title in front ("GMP - Job Grade" → "Job Grade"). */
export function withoutTitle(text: string, title: string): string {
  const plainTitle = plainHeading(title);
  const plain = plainHeading(text);
  if (plainTitle === "" || !plain.startsWith(plainTitle)) return text;
  const rest = plain.slice(plainTitle.length);
  return /^[\s\-–—:,]/.test(rest) ? rest.replace(/^[\s\-–—:,]+/, "") : text;
}

const LEVEL_KINDS: Record<string, LevelPart> = {
  grade: "grade",
  responsibilities: "responsibilities",
  requirements: "requirements",
  performanceIndicators: "performanceIndicators",
  careerLadder: "nextStep",
  specialties: "specialties",
  hiringProcess: "hiringProcess",
};

/** What a sub-heading of a level introduces, if it is one of a level's parts. */
export function levelHeadingKind(text: string, levelTitle: string): LevelPart | null {
  const kind = headingKind(withoutTitle(text, levelTitle));
  return kind ? (LEVEL_KINDS[kind] ?? null) : null;
}

export const FAMILY_HEADINGS: Record<FamilyPart, string> = {
  references: "References",
  responsibilities: "Responsibilities",
  requirements: "Requirements",
  levels: "Levels",
  specialties: "Specialties",
  performanceIndicators: "Performance Indicators",
  careerLadder: "Career Ladder",
  hiringProcess: "Hiring Process",
};

const LEVEL_SUFFIXES: Record<LevelPart, string> = {
  grade: "Job Grade",
  responsibilities: "Responsibilities",
  requirements: "Requirements",
  performanceIndicators: "Performance Indicators",
  nextStep: "Career Ladder",
  specialties: "Specialties",
  hiringProcess: "Hiring Process",
};

/** The handbook's usual heading for a level's part: "<Level> - Job Grade". */
export function levelHeading(title: string, part: LevelPart): string {
  return `${title} - ${LEVEL_SUFFIXES[part]}`;
}

/** Whether a specialty's sub-heading or bold label starts its responsibilities or requirements. */
export function specialtyListKind(text: string): "responsibilities" | "requirements" | null {
  const plain = plainHeading(text);
  if (plain === "responsibilities") return "responsibilities";
  if (plain === "requirements") return "requirements";
  return null;
}
