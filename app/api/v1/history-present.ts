import type { BlameState, BlamedNode } from "@/lib/revisions/blame";
import type { Comparison } from "@/lib/revisions/compare";
import { presentRevisionMeta } from "./present";

/** JSON shapes of the history endpoints (diff, blame). Add fields, never rename them. */

export function presentComparison(department: string, slug: string, c: Comparison) {
  return {
    department,
    slug,
    from: presentRevisionMeta(department, slug, c.from),
    to: presentRevisionMeta(department, slug, c.to),
    counts: c.diff.counts,
    groups: c.diff.groups,
  };
}

const attribution = (by: { revision: number; author: string; at: Date }) => ({
  revision: by.revision,
  author: by.author,
  at: by.at.toISOString(),
});

function presentNode(node: BlamedNode) {
  if (node.type === "text") return { type: "field", place: node.place, name: node.name, text: node.text, ...attribution(node.by) };
  return {
    type: "list",
    place: node.place,
    name: node.name,
    entries: node.entries.map((e) => ({ kind: e.kind, depth: e.depth, text: e.text, ...attribution(e.by) })),
  };
}

/** Every field and list entry with the revision, author and time that last changed it; empty ones left out. */
export function presentBlame(department: string, slug: string, state: BlameState) {
  const nodes = [...state.nodes.values()].filter((n) => (n.type === "text" ? n.text !== "" : n.entries.length > 0));
  return { department, slug, revision: state.revision, parts: nodes.map(presentNode) };
}
