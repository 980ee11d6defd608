import type { JobFamily } from "../families/document";
import { matchTexts } from "./match";
import { type Entry, type OutlineNode, outlineOf } from "./outline";

/** Who last changed something: the revision, its author and when. */
export type Attribution = { revision: number; author: string; at: Date };

export type BlameInput = { number: number; authorName: string; createdAt: Date; document: JobFamily };

/**
 * Blame carries an attribution `B` per field and list entry: the full Attribution for a page,
 * or just the revision number while walking and storing (authors and dates are looked up once,
 * for the revisions that remain).
 */
export type BlamedText<B = Attribution> = { type: "text"; key: string; place: string; name: string; text: string; by: B };
export type BlamedList<B = Attribution> = {
  type: "list";
  key: string;
  place: string;
  name: string;
  entries: (Entry & { by: B })[];
};
export type BlamedNode<B = Attribution> = BlamedText<B> | BlamedList<B>;

/**
 * The attributions of one revision, by outline key. Carried from revision to revision; a blame
 * state for revision N plus revision N+1 gives the state for N+1 without starting again.
 */
export type BlameState<B = Attribution> = { revision: number; nodes: Map<string, BlamedNode<B>> };

export const emptyBlame = <B = Attribution>(): BlameState<B> => ({ revision: 0, nodes: new Map() });

type Slot = Exclude<OutlineNode, { type: "container" }>;
const slotsOf = (document: JobFamily) => outlineOf(document).filter((n): n is Slot => n.type !== "container");

function sameTexts(a: readonly Entry[], b: readonly Entry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].text !== b[i].text) return false;
  return true;
}

function blameNode<B>(node: Slot, previous: BlamedNode<B> | undefined, by: B): BlamedNode<B> {
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
export function advanceBlame<B>(state: BlameState<B>, number: number, document: JobFamily, by: B): BlameState<B> {
  const nodes = new Map<string, BlamedNode<B>>();
  for (const node of slotsOf(document)) nodes.set(node.key, blameNode(node, state.nodes.get(node.key), by));
  return { revision: number, nodes };
}

/** Blame for the last of `revisions` (oldest first), walking them once. */
export function blameRevisions(revisions: Iterable<BlameInput>, from: BlameState = emptyBlame()): BlameState {
  let state = from;
  for (const r of revisions) state = advanceBlame(state, r.number, r.document, { revision: r.number, author: r.authorName, at: r.createdAt });
  return state;
}

/**
 * What is stored of a revision's blame: per outline key, the revision that last changed the field,
 * or one per list entry. The texts are the revision's own document, so they are not repeated.
 */
export type StoredBlame = Record<string, number | number[]>;

export function compactBlame(state: BlameState<number>): StoredBlame {
  const stored: StoredBlame = {};
  for (const [key, node] of state.nodes) stored[key] = node.type === "text" ? node.by : node.entries.map((e) => e.by);
  return stored;
}

/**
 * The blame state of revision `number` from its document and stored attributions; null when they
 * do not fit each other (stored by an outline that has changed since), so it is computed again.
 */
export function expandBlame(number: number, document: JobFamily, stored: StoredBlame): BlameState<number> | null {
  const nodes = new Map<string, BlamedNode<number>>();
  for (const node of slotsOf(document)) {
    const by = stored[node.key];
    if (node.type === "text") {
      if (typeof by !== "number") return null;
      nodes.set(node.key, { ...node, by });
    } else {
      if (!Array.isArray(by) || by.length !== node.entries.length) return null;
      nodes.set(node.key, { ...node, entries: node.entries.map((e, i) => ({ ...e, by: by[i] })) });
    }
  }
  return { revision: number, nodes };
}

/** Every revision a state credits, so their authors and dates can be read in one query. */
export function creditedRevisions(state: BlameState<number>): number[] {
  const numbers = new Set<number>();
  for (const node of state.nodes.values()) {
    if (node.type === "text") numbers.add(node.by);
    else for (const e of node.entries) numbers.add(e.by);
  }
  return [...numbers];
}

/** Replaces revision numbers by full attributions. */
export function resolveBlame(state: BlameState<number>, by: ReadonlyMap<number, Attribution>): BlameState {
  const nodes = new Map<string, BlamedNode>();
  for (const [key, node] of state.nodes) {
    nodes.set(
      key,
      node.type === "text" ? { ...node, by: by.get(node.by)! } : { ...node, entries: node.entries.map((e) => ({ ...e, by: by.get(e.by)! })) },
    );
  }
  return { revision: state.revision, nodes };
}
