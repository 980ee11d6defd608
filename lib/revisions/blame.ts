import type { JobFamily } from "../families/document";
import { matchTexts } from "./match";
import { type Entry, type OutlineNode, outlineOf } from "./outline";

/** Who last changed something: the revision, its author and when. */
export type Attribution = { revision: number; author: string; at: Date };

export type BlameInput = { number: number; authorName: string; createdAt: Date; document: JobFamily };

export type BlamedText = { type: "text"; key: string; place: string; name: string; text: string; by: Attribution };
export type BlamedList = {
  type: "list";
  key: string;
  place: string;
  name: string;
  entries: (Entry & { by: Attribution })[];
};
export type BlamedNode = BlamedText | BlamedList;

/**
 * The attributions of one revision, by outline key. Carried from revision to revision; a blame
 * state for revision N plus revision N+1 gives the state for N+1 without starting again.
 */
export type BlameState = { revision: number; nodes: Map<string, BlamedNode> };

export const emptyBlame = (): BlameState => ({ revision: 0, nodes: new Map() });

function sameTexts(a: readonly Entry[], b: readonly Entry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].text !== b[i].text) return false;
  return true;
}

function blameNode(node: Exclude<OutlineNode, { type: "container" }>, previous: BlamedNode | undefined, by: Attribution): BlamedNode {
  if (node.type === "text") {
    const carried = previous?.type === "text" && previous.text === node.text ? previous.by : by;
    return { ...node, by: carried };
  }
  const old = previous?.type === "list" ? previous.entries : [];
  if (sameTexts(old, node.entries)) {
    return { ...node, entries: node.entries.map((e, i) => ({ ...e, by: old[i].by })) };
  }
  const entries = node.entries.map((e) => ({ ...e, by }));
  // Unchanged and merely moved entries keep their author; edited and new ones are this revision's.
  for (const m of matchTexts(old.map((e) => e.text), node.entries.map((e) => e.text))) {
    if (m.kind === "same" || m.kind === "moved") entries[m.to].by = old[m.from].by;
  }
  return { ...node, entries };
}

/**
 * Advances a blame state by one revision: every text field and list entry keeps the attribution it
 * had unless this revision changed it. Identity is structural (the same level anchor, specialty
 * name, section heading, list) plus the text itself, so reordering a list keeps its authors.
 */
export function advanceBlame(state: BlameState, revision: BlameInput): BlameState {
  const by: Attribution = { revision: revision.number, author: revision.authorName, at: revision.createdAt };
  const nodes = new Map<string, BlamedNode>();
  for (const node of outlineOf(revision.document)) {
    if (node.type === "container") continue;
    nodes.set(node.key, blameNode(node, state.nodes.get(node.key), by));
  }
  return { revision: revision.number, nodes };
}

/** Blame for the last of `revisions` (oldest first), walking them once. */
export function blameRevisions(revisions: Iterable<BlameInput>, from: BlameState = emptyBlame()): BlameState {
  let state = from;
  for (const revision of revisions) state = advanceBlame(state, revision);
  return state;
}
