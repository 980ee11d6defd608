import type { Specialty } from "../document";
import { boldLabel, type Origin, readEntries, slice } from "./entries";
import { specialtyListKind } from "./headings";
import { readListPart } from "./list-part";
import { endOf, type HeadingNode, partText, startOf } from "./outline";
import type { Owner } from "./owner";
import { keepAsSection } from "./verbatim";

/**
 * The specialties under a "Specialties" heading: each sub-heading is one, except the owner's
 * own parts (community-programs puts the family's "Hiring Process" under "# Specialties").
 * Prose under the heading itself is kept as a section of the owner under the same heading.
 * A heading with no specialty under it, or repeating an earlier one, is kept as a section too.
 * Returns how many were read.
 */
export function readSpecialties(
  source: string,
  node: HeadingNode,
  owner: Owner,
  into: Specialty[],
  repeated: boolean,
): number {
  let count = 0;
  for (const child of node.children) {
    if (owner.isOwnPart(child.text)) owner.take(child);
    else {
      into.push(readSpecialty(source, child, owner.specialtySectionDepth));
      count++;
    }
  }
  const intro = partText(source, node);
  if (count === 0 || intro !== "" || repeated) owner.sections.push({ heading: node.text, body: intro });
  return count;
}

/**
 * One specialty: its description, then responsibilities and requirements introduced either by a
 * bold label ("**Requirements**", as the reference page does) or by a sub-heading of that name.
 * Other sub-headings are kept as the specialty's sections.
 */
export function readSpecialty(source: string, node: HeadingNode, sectionDepth: number): Specialty {
  const origin: Origin = { source, indent: 0 };
  const specialty: Specialty = { name: node.text, description: "", responsibilities: [], requirements: [], sections: [] };
  const labels = node.blocks.map((block) => {
    const label = boldLabel(origin, block);
    return label === null ? null : specialtyListKind(label);
  });
  const first = labels.findIndex((kind) => kind !== null);
  const lead = first < 0 ? node.blocks : node.blocks.slice(0, first);
  if (lead.length > 0) {
    specialty.description = slice(origin, startOf(lead[0]), endOf(lead[lead.length - 1]));
  }
  for (let i = first; i >= 0 && i < node.blocks.length; ) {
    const kind = labels[i]!;
    let end = i + 1;
    while (end < node.blocks.length && labels[end] === null) end++;
    for (const entry of readEntries(origin, node.blocks.slice(i + 1, end), false)) specialty[kind].push(entry);
    i = end;
  }
  for (const child of node.children) {
    const kind = specialtyListKind(child.text);
    if (kind && specialty[kind].length === 0) {
      specialty[kind] = readListPart(source, child, null, { asGroup: false }).entries;
      if (specialty[kind].length > 0) continue;
    }
    keepAsSection(source, specialty.sections, child, sectionDepth);
  }
  return specialty;
}
