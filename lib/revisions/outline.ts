import type { HiringStage, Item, JobFamily, Level, Section, Specialty } from "../families/document";

/**
 * A job-family document laid out flat, in reading order, as the parts a person points at when
 * asking "what changed here?" or "who wrote this?": containers (levels, specialties, sections the
 * structure does not model), text fields and lists. Diff and blame both walk this one outline, so
 * they agree on what "the same item" and "the same place" mean.
 *
 * Keys are structural identities that survive edits elsewhere: a level is keyed by its anchor, a
 * specialty by its name, a free section by its heading (and which occurrence of that heading).
 */
export type ContainerKind = "level" | "specialty" | "section";

export type Container = {
  type: "container";
  kind: ContainerKind;
  key: string;
  /** Key of the container this one sits in; "" is the family itself. */
  parent: string;
  /** How people name it: "Director", "Specialty “Verify”". */
  label: string;
  /** Where its siblings are listed, as a group heading: "Levels", "Director → Specialties". */
  siblings: string;
};

/** One entry of a list; nested bullets follow their parent with a greater depth. */
export type Entry = { kind: "item" | "group" | "note" | "stage"; text: string; depth: number };

export type TextSlot = { type: "text"; key: string; container: string; place: string; name: string; text: string };
export type ListSlot = { type: "list"; key: string; container: string; place: string; name: string; entries: Entry[] };
export type Slot = TextSlot | ListSlot;
export type OutlineNode = Container | Slot;

/** "Director → Requirements"; the family's own parts have no prefix. */
export const placeLabel = (prefix: string, name: string) => (prefix ? `${prefix} → ${name}` : name);

function flattenItems(items: readonly Item[], depth = 0, into: Entry[] = []): Entry[] {
  for (const item of items) {
    into.push({ kind: item.kind, text: item.text, depth });
    if (item.children.length > 0) flattenItems(item.children, depth + 1, into);
  }
  return into;
}

const stageEntries = (stages: readonly HiringStage[]): Entry[] =>
  stages.map((s) => ({ kind: s.kind === "stage" ? "stage" : "note", text: s.text, depth: 0 }));

class OutlineBuilder {
  readonly nodes: OutlineNode[] = [];

  text(container: string, prefix: string, field: string, name: string, text: string) {
    this.nodes.push({ type: "text", key: `${container}.${field}`, container, place: prefix || name, name, text });
  }

  list(container: string, prefix: string, field: string, name: string, entries: Entry[]) {
    this.nodes.push({ type: "list", key: `${container}.${field}`, container, place: placeLabel(prefix, name), name, entries });
  }

  container(kind: ContainerKind, key: string, parent: string, label: string, siblings: string) {
    this.nodes.push({ type: "container", kind, key, parent, label, siblings });
  }

  sections(parent: string, prefix: string, sections: readonly Section[]) {
    const seen = new Map<string, number>();
    for (const section of sections) {
      const occurrence = (seen.get(section.heading) ?? 0) + 1;
      seen.set(section.heading, occurrence);
      const key = `${parent}/section:${section.heading}#${occurrence}`;
      const label = placeLabel(prefix, section.heading || "Untitled section");
      this.container("section", key, parent, label, placeLabel(prefix, "Other sections"));
      this.text(key, label, "body", "Text", section.body);
    }
  }

  specialties(parent: string, prefix: string, specialties: readonly Specialty[]) {
    for (const specialty of specialties) {
      const key = `${parent}/specialty:${specialty.name}`;
      const label = placeLabel(prefix, `Specialty “${specialty.name}”`);
      this.container("specialty", key, parent, label, placeLabel(prefix, "Specialties"));
      this.text(key, label, "description", "Description", specialty.description);
      this.list(key, label, "responsibilities", "Responsibilities", flattenItems(specialty.responsibilities));
      this.list(key, label, "requirements", "Requirements", flattenItems(specialty.requirements));
      this.sections(key, label, specialty.sections);
    }
  }

  level(level: Level) {
    const key = `level:${level.id}`;
    const label = level.title;
    this.container("level", key, "", label, "Levels");
    this.text(key, label, "title", "Title", level.title);
    this.text(key, label, "abbreviation", "Abbreviation", level.abbreviation ?? "");
    this.text(key, label, "grade", "Grade", level.grade === null ? "" : String(level.grade));
    this.text(key, label, "gradeText", "Grade text", level.gradeText);
    this.text(key, label, "reportsTo", "Reports to", level.reportsTo ?? "");
    this.text(key, label, "intro", "Introduction", level.intro);
    this.list(key, label, "responsibilities", "Responsibilities", flattenItems(level.responsibilities));
    this.list(key, label, "requirements", "Requirements", flattenItems(level.requirements));
    this.list(key, label, "performanceIndicators", "Performance indicators", flattenItems(level.performanceIndicators));
    this.text(key, label, "nextStep", "Next step", level.nextStep?.text ?? "");
    this.list(key, label, "hiringProcess", "Hiring process", stageEntries(level.hiringProcess));
    this.text(key, label, "headings", "Headings", level.headings ? JSON.stringify(level.headings) : "");
    this.specialties(key, label, level.specialties);
    this.sections(key, label, level.sections);
  }
}

/** The outline of a document, in reading order. Pure and cheap: blame builds one per revision. */
export function outlineOf(family: JobFamily): OutlineNode[] {
  const b = new OutlineBuilder();
  b.text("", "", "title", "Title", family.title);
  b.text("", "", "description", "Description", family.description);
  b.text("", "", "frontMatter", "Front matter", Object.keys(family.frontMatter).length ? JSON.stringify(family.frontMatter) : "");
  b.text("", "", "headings", "Headings", family.headings ? JSON.stringify(family.headings) : "");
  b.text("", "", "overview", "Overview", family.overview);
  b.list("", "", "references", "References", flattenItems(family.references));
  b.list("", "", "responsibilities", "Responsibilities", flattenItems(family.responsibilities));
  b.list("", "", "requirements", "Requirements", flattenItems(family.requirements));
  for (const level of family.levels) b.level(level);
  b.specialties("", "", family.specialties);
  b.list("", "", "performanceIndicators", "Performance indicators", flattenItems(family.performanceIndicators));
  b.text("", "", "careerLadder", "Career ladder", family.careerLadder);
  b.list("", "", "hiringProcess", "Hiring process", stageEntries(family.hiringProcess));
  b.sections("", "", family.sections);
  return b.nodes;
}
