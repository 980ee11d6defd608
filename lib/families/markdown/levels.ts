import type { LevelPart } from "../document";
import { type Draft, type LevelDraft, newLevel, noteHeading } from "./draft";
import { SECTION_DEPTH } from "./layout";
import { group } from "./entries";
import { levelHeading, levelHeadingKind, plainHeading, withoutTitle } from "./headings";
import { readHiringPart } from "./hiring";
import { readListPart } from "./list-part";
import { type HeadingNode, partText } from "./outline";
import type { Owner } from "./owner";
import { readSpecialties } from "./specialties";
import { keepAsSection, keepWhole, type Kept, renderKept } from "./verbatim";

/** A heading that has a "Job Grade" sub-heading is a level, wherever the page puts it. */
export function looksLikeLevel(node: HeadingNode): boolean {
  return node.children.some((child) => levelHeadingKind(child.text, node.text) === "grade");
}

/** Reads a level and its sub-headings; returns the level later sub-headings belong to. */
export function readLevel(draft: Draft, node: HeadingNode): LevelDraft {
  const level = newLevel(node.text, partText(draft.outline.source, node));
  draft.levels.push(level);
  return readLevelChildren(draft, level, node.children);
}

function readLevelChildren(draft: Draft, level: LevelDraft, nodes: HeadingNode[]): LevelDraft {
  let current = level;
  nodes.forEach((node, i) => {
    current = readLevelChild(draft, current, node, nodes[i + 1]);
  });
  return current;
}

/**
 * One sub-heading of a level: a part of the level, or prose kept as a level section. A
 * sub-heading that is itself another level (legal-counsel nests "### Manager, Lead Legal
 * Counsel" in "## Lead Legal Counsel") starts that level, and the following sub-headings are its.
 */
export function readLevelChild(draft: Draft, current: LevelDraft, node: HeadingNode, next?: HeadingNode): LevelDraft {
  const source = draft.outline.source;
  const level = current.level;
  const part = levelHeadingKind(node.text, level.title);
  if (part === null) {
    if (startsAnotherLevel(source, node, next)) return readLevel(draft, node);
    keepAsSection(source, level.sections, node, SECTION_DEPTH.level);
    return current;
  }
  const owner = levelOwner(draft, current, part);
  const fill = () => {
    current.filled.add(part);
    noteHeading(level, part, node.text, levelHeading(level.title, part));
  };
  const keepEmpty = () => level.sections.push({ heading: node.text, body: "" });
  const body = partText(source, node);

  switch (part) {
    case "grade": {
      if (current.filled.has("grade") || body === "") {
        keepAsSection(source, level.sections, node, SECTION_DEPTH.level);
        return current;
      }
      level.gradeText = body;
      fill();
      // What sits under the grade heading (site-reliability-engineer's "Technical", "Execution")
      // belongs to the level.
      return readLevelChildren(draft, current, node.children);
    }
    case "responsibilities":
    case "requirements":
    case "performanceIndicators": {
      const asGroup = current.filled.has(part);
      const { entries, ordered } = readListPart(source, node, owner, { asGroup });
      if (entries.length === 0) keepEmpty();
      else if (asGroup) level[part].push(group(node.text, ordered, entries));
      else {
        level[part] = entries;
        fill();
      }
      return current;
    }
    case "nextStep": {
      if (current.filled.has(part)) {
        keepAsSection(source, level.sections, node, SECTION_DEPTH.level);
        return current;
      }
      const text = renderKept(body, keepChildren(source, node, owner), SECTION_DEPTH.level + 1);
      if (text === "") keepEmpty();
      else {
        level.nextStep = { text, target: null };
        fill();
      }
      return current;
    }
    case "specialties": {
      const filled = current.filled.has(part);
      if (readSpecialties(source, node, owner, level.specialties, filled) > 0 && !filled) fill();
      return current;
    }
    case "hiringProcess": {
      if (current.filled.has(part)) {
        keepAsSection(source, level.sections, node, SECTION_DEPTH.level);
        return current;
      }
      const stages = readHiringPart(source, node, owner);
      if (stages.length === 0) keepEmpty();
      else {
        level.hiringProcess = stages;
        fill();
      }
      return current;
    }
  }
}

/** The level as the owner of a part being read; a sub-heading of the same kind stays in the part. */
function levelOwner(draft: Draft, current: LevelDraft, reading: LevelPart): Owner {
  return {
    isOwnPart: (text) => {
      const kind = levelHeadingKind(text, current.level.title);
      return kind !== null && kind !== reading;
    },
    take: (node) => void readLevelChild(draft, current, node),
    sections: current.level.sections,
    sectionDepth: SECTION_DEPTH.level,
    specialtySectionDepth: SECTION_DEPTH.levelSpecialty,
  };
}

/** Sub-headings kept as written, after handing the owner's own parts back to it. */
export function keepChildren(source: string, node: HeadingNode, owner: Owner): Kept[] {
  const kept: Kept[] = [];
  for (const child of node.children) {
    if (owner.isOwnPart(child.text)) owner.take(child);
    else kept.push(keepWhole(source, child));
  }
  return kept;
}

const GRADE_SENTENCE = /^the\s[^\n]{1,160}?\bis\s+an?\s+\[?(?:job\s+)?grade\b/i;

/** A level's sub-heading that is another level: it states a grade, or the next headings are its parts. */
function startsAnotherLevel(source: string, node: HeadingNode, next?: HeadingNode): boolean {
  if (plainHeading(node.text) === "") return false;
  if (next && withoutTitle(next.text, node.text) !== next.text && levelHeadingKind(next.text, node.text) !== null) {
    return true;
  }
  return GRADE_SENTENCE.test(partText(source, node));
}
