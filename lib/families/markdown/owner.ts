import type { Section } from "../document";
import type { HeadingNode } from "./outline";

/**
 * The family or a level, as seen by a part being read: sub-headings that are the owner's own
 * parts (a "Hiring Process" under "Specialties", a "Career Ladder" under "Performance
 * Indicators") go back to the owner rather than into the part.
 */
export type Owner = {
  isOwnPart(text: string): boolean;
  take(node: HeadingNode): void;
  sections: Section[];
  /** Depth the export gives this owner's sections. */
  sectionDepth: number;
  /** Depth the export gives the sections of this owner's specialties. */
  specialtySectionDepth: number;
};
