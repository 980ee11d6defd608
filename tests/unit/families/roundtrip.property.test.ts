import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FORMAT_VERSION,
  type HiringStage,
  type Item,
  type JobFamily,
  jobFamilySchema,
  type Level,
  type Specialty,
} from "../../../lib/families/document";
import { familyToMarkdown } from "../../../lib/families/markdown/export";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";
import { abbreviationIn, levelGrade, levelIds, levelReportsTo, nextStepTarget } from "../../../lib/families/markdown/level-facts";
import { wordCoverage } from "../../../lib/families/markdown/words";
import { expectSameRevision } from "./lossless";

/**
 * Random documents whose markdown fields are simple sentences, in the shapes the format can
 * say: a note never directly follows a note (two paragraphs in a row read back as one note), a
 * labelled group holds bullets, a numbered run at the top of a list is an unlabelled group.
 * Facts the handbook states in prose (grade, reporting line, abbreviation, next-step target,
 * level id) are read from the generated prose, as the schema says they are.
 */
const WORDS = ["alpha", "build", "coach", "data", "deliver", "design", "explore", "guide", "improve", "learn", "mentor", "plan", "quality", "review", "ship", "support", "teach", "team", "test", "write", "clear", "fast", "open", "remote", "secure", "shared", "customer", "platform"];
const word = fc.constantFrom(...WORDS);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = fc.array(word, { minLength: 2, maxLength: 7 }).map((ws) => `${capital(ws.join(" "))}.`);
const prose = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(" "));
const maybe = <T>(arb: fc.Arbitrary<T>, none: T) => fc.oneof(fc.constant(none), arb);
const label = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => capital(ws.join(" ")));

const item = (text: string, children: Item[] = [], ordered = false): Item => ({ kind: "item", text, ordered: children.length > 0 && ordered, children });
/** Items nest at most three deep, as on the handbook's pages. */
const itemAt = (depth: number): fc.Arbitrary<Item> =>
  depth === 0
    ? sentence.map((text) => item(text))
    : fc
        .tuple(sentence, fc.array(itemAt(depth - 1), { maxLength: 2 }), fc.boolean())
        .map(([text, children, ordered]) => item(text, children, ordered));
const itemArb = itemAt(2);
const items = fc.array(itemArb, { minLength: 1, maxLength: 3 });

const entryArb: fc.Arbitrary<Item[]> = fc.oneof(
  itemArb.map((i) => [i]),
  sentence.map((text): Item[] => [{ kind: "note", text, ordered: false, children: [] }]),
  fc.tuple(label, fc.boolean(), items).map(([text, ordered, children]): Item[] => [{ kind: "group", text, ordered, children }]),
  items.map((children): Item[] => [{ kind: "group", text: "", ordered: true, children }]),
);
const entries = fc.array(entryArb, { maxLength: 5 }).map((runs) => {
  const list = runs.flat();
  return list.filter((entry, i) => !(entry.kind === "note" && list[i - 1]?.kind === "note"));
});

const stages = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom("", "30 minute ", "45 Minute ", "1 hour "), sentence).map(([d, s]): HiringStage => {
        const text = `${d}${s}`;
        return { kind: "stage", text, durationMinutes: d === "" ? null : d.startsWith("1 hour") ? 60 : Number.parseInt(d, 10) };
      }),
      sentence.map((text): HiringStage => ({ kind: "note", text, durationMinutes: null })),
    ),
    { maxLength: 5 },
  )
  .map((list) => list.filter((s, i) => !(s.kind === "note" && list[i - 1]?.kind === "note")));

const sections = fc.array(fc.record({ heading: label, body: prose }), { maxLength: 2 });

const specialty: fc.Arbitrary<Specialty> = fc.record({
  name: label,
  description: maybe(prose, ""),
  responsibilities: entries,
  requirements: entries,
  sections,
});

type LevelSeed = Omit<Level, "id" | "abbreviation" | "grade" | "reportsTo"> & { gradeValue: number | null; boss: string | null };
const levelSeed: fc.Arbitrary<LevelSeed> = fc.record({
  title: fc.tuple(label, fc.constantFrom("", " (AB)", " (XYZ)")).map(([t, abbr]) => `${t}${abbr}`),
  gradeText: fc.constant(""),
  gradeValue: maybe(fc.constantFrom(5, 6, 7.5, 9.5, 12), null),
  boss: maybe(label, null),
  intro: maybe(prose, ""),
  responsibilities: entries,
  requirements: entries,
  nextStep: maybe(sentence.map((text) => ({ text, target: null })), null),
  specialties: fc.array(specialty, { maxLength: 2 }),
  hiringProcess: stages,
  performanceIndicators: entries,
  sections,
});

function finishLevels(seeds: LevelSeed[]): Level[] {
  const unique = seeds.filter((s, i) => seeds.findIndex((o) => o.title.replace(/ \(.*/, "") === s.title.replace(/ \(.*/, "")) === i);
  const ids = levelIds(unique.map((s) => s.title));
  return unique.map(({ gradeValue, boss, ...seed }, i) => {
    const intro = boss ? `${seed.intro} The role reports to the ${boss}.`.trim() : seed.intro;
    const gradeText = gradeValue === null ? "" : `The ${seed.title} is a [grade ${gradeValue}](/handbook/grades/).`;
    const other = ids[(i + 1) % ids.length];
    const nextStep = seed.nextStep && { text: `${seed.nextStep.text} Then [move on](#${other}).`, target: null };
    const level: Level = { ...seed, id: ids[i], abbreviation: null, grade: null, reportsTo: null, intro, gradeText, nextStep };
    level.abbreviation = abbreviationIn(level.title);
    level.grade = levelGrade(level);
    level.reportsTo = levelReportsTo(level);
    if (level.nextStep) level.nextStep.target = nextStepTarget(level.nextStep.text, "/job-families/engineering/data-engineering/");
    if (level.responsibilities.length > 0 && gradeValue !== null) level.headings = { responsibilities: "Core Responsibilities" };
    return level;
  });
}

const family: fc.Arbitrary<JobFamily> = fc
  .record({
    title: label,
    description: maybe(sentence, ""),
    frontMatter: fc.constantFrom<JobFamily["frontMatter"][]>({}, { layout: "job_family_page" }, { layout: "job_family_page", tags: ["data", 3, true] }),
    overview: maybe(prose, ""),
    references: entries,
    responsibilities: entries,
    requirements: entries,
    levels: fc.array(levelSeed, { maxLength: 3 }).map(finishLevels),
    specialties: fc.array(specialty, { maxLength: 2 }),
    performanceIndicators: entries,
    careerLadder: maybe(prose, ""),
    hiringProcess: stages,
    sections,
    renamed: fc.boolean(),
  })
  .map(({ renamed, ...rest }) => {
    const doc: JobFamily = { formatVersion: FORMAT_VERSION, department: "data", slug: "generated", ...rest };
    if (renamed && doc.requirements.length > 0) doc.headings = { requirements: "General Requirements for Data roles" };
    return doc;
  });

describe("export then import", () => {
  it("gives back any document the format can say, word for word", () => {
    fc.assert(
      fc.property(family, (doc) => {
        expect(jobFamilySchema.safeParse(doc).success).toBe(true);
        const markdown = familyToMarkdown(doc);
        const again = parseFamilyMarkdown(markdown, { file: "generated.md", department: "data", slug: "generated" });
        expectSameRevision(again, doc);
        expect(familyToMarkdown(again)).toBe(markdown);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every word of the generated markdown through a second round", () => {
    fc.assert(
      fc.property(family, (doc) => {
        const markdown = familyToMarkdown(doc);
        const again = familyToMarkdown(parseFamilyMarkdown(markdown, { file: "g.md", department: "data", slug: "generated" }));
        expect(wordCoverage(markdown, again).ratio).toBe(1);
      }),
      { numRuns: 50 },
    );
  });
});
