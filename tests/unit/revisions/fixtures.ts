import { emptyFamily, type Item, type JobFamily, type Level } from "../../../lib/families/document";
import { newLevel } from "../../../lib/families/markdown/draft";

export const item = (text: string, children: Item[] = []): Item => ({ kind: "item", text, ordered: false, children });

export function level(id: string, title: string, parts: Partial<Level> = {}): Level {
  return { ...newLevel(title, "").level, id, ...parts };
}

/** A small family with two levels, the shape the reference page has. */
export function family(): JobFamily {
  return {
    ...emptyFamily("product", "pm-leadership", "Product Management Leadership"),
    overview: "Product leaders hire and coach product managers.",
    responsibilities: [item("Hire great product managers"), item("Set the direction of the area")],
    levels: [
      level("director", "Director", {
        grade: 10,
        intro: "Directors lead a section.",
        requirements: [item("Ten years of product experience"), item("Led a team of managers"), item("Strong written communication")],
      }),
      level("vp", "VP of Product", { grade: 12, requirements: [item("Led a product organisation")] }),
    ],
  };
}
