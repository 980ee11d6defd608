import { z } from "zod";

/**
 * The one definition of a job-family document. Import, export, the API, the edit forms and the
 * revisions table all use these schemas; the TypeScript types are inferred from them.
 *
 * Lists keep the source's order, so prose that sits between list entries (a note after the
 * responsibilities, a group label above some requirements) is an entry of the list with its own
 * `kind` rather than a separate field: that is what lets an import/export round trip keep every
 * word in its place.
 */
export const FORMAT_VERSION = 1;

/** Markdown text; the edit form shows these as multi-line fields with a preview. */
const markdown = z.string().meta({ format: "markdown" });

/**
 * A lower-case URL segment: letters, digits and single hyphens. A double hyphen joins the folders
 * of a nested handbook path (`development/backend/senior` → `development--backend--senior`): one
 * slugified folder never holds two hyphens in a row, so the join is unambiguous and reversible.
 */
export const slugSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
    "must be lower-case letters, digits and hyphens (a double hyphen separates nested folders)",
  );

/** The separator between nested folders inside a family slug. */
export const NESTED_SLUG_SEPARATOR = "--";

/** A heading anchor as the handbook makes them (see headingAnchor): hyphens may repeat. */
export const anchorSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens");

export const itemKindSchema = z.enum(["item", "group", "note"]);

/**
 * One entry of a list.
 * - `item`: a bullet; `children` are its nested bullets.
 * - `group`: a label (bold in the handbook) whose `children` are the group.
 * - `note`: prose that stands between or after the bullets, kept as markdown.
 * `ordered` says the children are numbered.
 * `number`: in a numbered list, the number the source wrote before this item, when it is not the
 * one that follows from the item before (1 for a list's first item): so `1.` `1.` `1.` or a list
 * starting at `3.` come back as written. Absent in the usual case, and in documents stored before
 * it existed (revisions are immutable, so the field is optional rather than a new format).
 */
export type Item = {
  kind: z.infer<typeof itemKindSchema>;
  text: string;
  ordered: boolean;
  children: Item[];
  number?: number;
};
export const itemSchema: z.ZodType<Item> = z.object({
  kind: itemKindSchema,
  text: markdown,
  ordered: z.boolean(),
  get children() {
    return z.array(itemSchema);
  },
  // CommonMark allows at most nine digits.
  number: z.number().int().min(0).max(999_999_999).optional(),
});

/** Anything the structure does not model, kept verbatim under its heading. */
export const sectionSchema = z.object({
  heading: z.string(),
  body: markdown,
});

export const specialtySchema = z.object({
  name: z.string().min(1, "must not be empty"),
  description: markdown,
  responsibilities: z.array(itemSchema),
  requirements: z.array(itemSchema),
  sections: z.array(sectionSchema),
});

/** One stage of a hiring process; a `note` is prose between the stages. */
export const hiringStageSchema = z.object({
  kind: z.enum(["stage", "note"]),
  text: markdown,
  durationMinutes: z.number().int().positive().nullable(),
});

/** Where the career ladder leads next: a level of this family or of another one. */
export const nextStepSchema = z.object({
  text: markdown,
  target: z
    .object({
      department: z.string().nullable(),
      family: z.string().nullable(),
      level: z.string().nullable(),
    })
    .nullable(),
});

/** The parts of a family that the handbook gives a heading of their own. */
export const familyPartSchema = z.enum([
  "references",
  "responsibilities",
  "requirements",
  "levels",
  "specialties",
  "performanceIndicators",
  "careerLadder",
  "hiringProcess",
]);
/** The parts of a level that the handbook gives a heading of their own. */
export const levelPartSchema = z.enum([
  "grade",
  "responsibilities",
  "requirements",
  "performanceIndicators",
  "nextStep",
  "specialties",
  "hiringProcess",
]);

/**
 * Headings the source worded differently from the usual ones, by part: e.g. `responsibilities:
 * "Responsibilities for Security Engineer roles"` where the handbook usually says
 * "Responsibilities". Kept so an export keeps the source's words; absent when the source used the
 * usual headings. Objects rather than records, so parsing fixes their key order (revisions are
 * compared as JSON text).
 */
const heading = z.string().optional();
const familyHeadingsSchema = z.object({
  references: heading,
  responsibilities: heading,
  requirements: heading,
  levels: heading,
  specialties: heading,
  performanceIndicators: heading,
  careerLadder: heading,
  hiringProcess: heading,
}) satisfies z.ZodType<Partial<Record<z.infer<typeof familyPartSchema>, string>>>;
const levelHeadingsSchema = z.object({
  grade: heading,
  responsibilities: heading,
  requirements: heading,
  performanceIndicators: heading,
  nextStep: heading,
  specialties: heading,
  hiringProcess: heading,
}) satisfies z.ZodType<Partial<Record<z.infer<typeof levelPartSchema>, string>>>;

export const levelSchema = z.object({
  /** The handbook's anchor for the level, e.g. `group-manager-product-gmp`. */
  id: anchorSchema,
  title: z.string().min(1, "must not be empty"),
  abbreviation: z.string().nullable(),
  grade: z.number().nonnegative().max(100).nullable(),
  /** The sentence(s) that state the grade, as written (the grade is read from them). */
  gradeText: markdown,
  /** The reporting line as written, e.g. "reports to the VP of Product Management". */
  reportsTo: markdown.nullable(),
  intro: markdown,
  responsibilities: z.array(itemSchema),
  requirements: z.array(itemSchema),
  nextStep: nextStepSchema.nullable(),
  specialties: z.array(specialtySchema),
  hiringProcess: z.array(hiringStageSchema),
  performanceIndicators: z.array(itemSchema),
  sections: z.array(sectionSchema),
  headings: levelHeadingsSchema.optional(),
});

export const jobFamilySchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  department: slugSchema,
  slug: slugSchema,
  title: z.string().trim().min(1, "must not be empty"),
  description: z.string(),
  /** Front-matter keys other than title and description, kept for a faithful export. */
  frontMatter: z.record(z.string(), z.json()),
  overview: markdown,
  references: z.array(itemSchema),
  responsibilities: z.array(itemSchema),
  requirements: z.array(itemSchema),
  levels: z.array(levelSchema),
  specialties: z.array(specialtySchema),
  performanceIndicators: z.array(itemSchema),
  careerLadder: markdown,
  hiringProcess: z.array(hiringStageSchema),
  sections: z.array(sectionSchema),
  headings: familyHeadingsSchema.optional(),
});

export type JobFamily = z.infer<typeof jobFamilySchema>;
export type Level = z.infer<typeof levelSchema>;
export type Specialty = z.infer<typeof specialtySchema>;
export type HiringStage = z.infer<typeof hiringStageSchema>;
export type NextStep = z.infer<typeof nextStepSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type FamilyPart = z.infer<typeof familyPartSchema>;
export type LevelPart = z.infer<typeof levelPartSchema>;

/** A family with nothing in it yet: the starting point for forms and the importer. */
export function emptyFamily(department: string, slug: string, title: string): JobFamily {
  return {
    formatVersion: FORMAT_VERSION,
    department,
    slug,
    title,
    description: "",
    frontMatter: {},
    overview: "",
    references: [],
    responsibilities: [],
    requirements: [],
    levels: [],
    specialties: [],
    performanceIndicators: [],
    careerLadder: "",
    hiringProcess: [],
    sections: [],
  };
}

/** A level with nothing in it yet. */
export function emptyLevel(id: string, title: string): Level {
  return {
    id,
    title,
    abbreviation: null,
    grade: null,
    gradeText: "",
    reportsTo: null,
    intro: "",
    responsibilities: [],
    requirements: [],
    nextStep: null,
    specialties: [],
    hiringProcess: [],
    performanceIndicators: [],
    sections: [],
  };
}

/** Zod issues as `levels.0.grade: must be …` lines, so every error names its field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`);
}
