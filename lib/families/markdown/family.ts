import type { FamilyPart, Item } from "../document";
import { type Draft, noteHeading } from "./draft";
import { SECTION_DEPTH } from "./layout";
import { group } from "./entries";
import { FAMILY_HEADINGS, headingKind, type HeadingKind, plainHeading } from "./headings";
import { readHiringPart } from "./hiring";
import { keepChildren, looksLikeLevel, readLevel, readLevelChild } from "./levels";
import { readListPart } from "./list-part";
import { type HeadingNode, partText } from "./outline";
import type { Owner } from "./owner";
import { readSpecialties } from "./specialties";
import { headingLine, joinBlocks, keepAsSection, keepWhole, type Kept, renderKept } from "./verbatim";

/** Where a run of headings sits: the page itself, a "Levels" heading, or an unknown heading holding parts. */
type Context = "page" | "levels" | "wrapper";

const isFamilyPart = (kind: HeadingKind | null): kind is FamilyPart => kind !== null && kind !== "grade";

/** Reads the page's headings into the draft family. */
export function readPage(draft: Draft): void {
  const { source, preamble, headings } = draft.outline;
  draft.family.overview = partText(source, preamble);
  readHeadings(draft, headings, "page");
}

/**
 * Reads sibling headings. Parts of the family go to their place whatever their depth; levels are
 * recognised by their "Job Grade" sub-heading; a level's part written as the next sibling rather
 * than a sub-heading (security-engineer's "### Job Grade") joins the level before it. Unknown
 * headings become sections, except that one holding parts or levels (site-reliability-engineer's
 * "# Leveling of …") gives those up and keeps only the rest. In a wrapper, what is kept is
 * returned to it rather than made a section.
 */
function readHeadings(draft: Draft, nodes: HeadingNode[], context: Context): Kept[] {
  const { source } = draft.outline;
  const kept: Kept[] = [];
  let lastLevel: ReturnType<typeof readLevel> | null = null;
  nodes.forEach((node, i) => {
    const kind = headingKind(node.text);
    const levelsPart = kind === "grade" || (context !== "page" && (kind === "responsibilities" || kind === "requirements"));
    if (lastLevel && levelsPart) {
      lastLevel = readLevelChild(draft, lastLevel, node, nodes[i + 1]);
      return;
    }
    if (isFamilyPart(kind)) {
      lastLevel = null;
      readFamilyPart(draft, kind, node);
      return;
    }
    const titled = plainHeading(node.text) !== "";
    if (titled && ((context === "levels" && kind === null) || looksLikeLevel(node))) {
      lastLevel = readLevel(draft, node);
      return;
    }
    lastLevel = null;
    if (context === "page" && node.depth === 1 && plainHeading(node.text) === plainHeading(draft.family.title)) {
      // The page's title repeated as an h1 opens the overview; its sub-headings are the page's.
      draft.family.overview = joinBlocks([draft.family.overview, headingLine(1, node.text), partText(source, node)]);
      readHeadings(draft, node.children, "page");
      return;
    }
    const piece: Kept = holdsParts(node)
      ? { heading: node.text, body: partText(source, node), children: readHeadings(draft, node.children, "wrapper") }
      : keepWhole(source, node);
    if (context === "wrapper") kept.push(piece);
    else draft.family.sections.push({ heading: piece.heading, body: renderKept(piece.body, piece.children, SECTION_DEPTH.family + 1) });
  });
  return kept;
}

/** Whether a heading holds, at any depth, parts of the family or levels. */
function holdsParts(node: HeadingNode): boolean {
  return node.children.some((child) => isFamilyPart(headingKind(child.text)) || looksLikeLevel(child) || holdsParts(child));
}

function familyOwner(draft: Draft, reading: FamilyPart): Owner {
  return {
    isOwnPart: (text) => {
      const kind = headingKind(text);
      return isFamilyPart(kind) && kind !== reading;
    },
    take: (node) => readFamilyPart(draft, headingKind(node.text) as FamilyPart, node),
    sections: draft.family.sections,
    sectionDepth: SECTION_DEPTH.family,
    specialtySectionDepth: SECTION_DEPTH.familySpecialty,
  };
}

/**
 * One part of the family. The first heading of a kind fills the part (noting its wording); a
 * second list of the same kind is added as a group under its heading, a second prose part is
 * kept as a section. A part with nothing in it keeps its heading as an empty section.
 */
function readFamilyPart(draft: Draft, part: FamilyPart, node: HeadingNode): void {
  const { source } = draft.outline;
  const family = draft.family;
  const owner = familyOwner(draft, part);
  const filled = draft.filled.has(part);
  const fill = () => {
    draft.filled.add(part);
    noteHeading(family, part, node.text, FAMILY_HEADINGS[part]);
  };
  const keepEmpty = () => family.sections.push({ heading: node.text, body: "" });

  switch (part) {
    case "levels": {
      const before = draft.levels.length;
      readHeadings(draft, node.children, "levels");
      const intro = partText(source, node);
      const found = draft.levels.length > before;
      // Filled by now if an earlier "Levels", or one nested in this one, came first.
      const repeated = draft.filled.has(part);
      // The heading of a repeated or empty container, and prose under it, stay as a section.
      if (!found || intro !== "" || repeated) family.sections.push({ heading: node.text, body: intro });
      if (found && !repeated) fill();
      return;
    }
    case "references":
    case "responsibilities":
    case "requirements":
    case "performanceIndicators": {
      // Groups under the family's indicators may be a level's ("### Group Manager"); see finishDraft.
      const onGroup = part === "performanceIndicators" ? (made: Item) => draft.levelIndicators.push(made) : undefined;
      const { entries, ordered } = readListPart(source, node, owner, { asGroup: filled, onGroup });
      if (entries.length === 0) keepEmpty();
      else if (filled) family[part].push(group(node.text, ordered, entries));
      else {
        family[part] = entries;
        fill();
      }
      return;
    }
    case "careerLadder": {
      if (filled) return keepAsSection(source, family.sections, node, SECTION_DEPTH.family);
      const text = renderKept(partText(source, node), keepChildren(source, node, owner), SECTION_DEPTH.family + 1);
      if (text === "") keepEmpty();
      else {
        family.careerLadder = text;
        fill();
      }
      return;
    }
    case "hiringProcess": {
      if (filled) return keepAsSection(source, family.sections, node, SECTION_DEPTH.family);
      const stages = readHiringPart(source, node, owner);
      if (stages.length === 0) keepEmpty();
      else {
        family.hiringProcess = stages;
        fill();
      }
      return;
    }
    case "specialties": {
      if (readSpecialties(source, node, owner, family.specialties, filled) > 0 && !filled) fill();
      return;
    }
  }
}
