import type { JobFamily } from "../families/document";
import { type Match, matchTexts } from "./match";
import { type Container, type Entry, type OutlineNode, type Slot, outlineOf } from "./outline";
import { type WordPart, wordDiff } from "./words";

export type ChangeKind = "added" | "removed" | "changed" | "moved";
export type Counts = Record<ChangeKind, number>;

/** One change, in words a reviewer understands: "Requirements item 3 changed", "Level Director added". */
export type Change = {
  kind: ChangeKind;
  /** What changed: "Item", "Note", "Stage", "Level", "Specialty", "Section", or a field ("Introduction"). */
  subject: string;
  before: string | null;
  after: string | null;
  /** Word-level highlights, for changed text. */
  words?: WordPart[];
  /** 1-based positions in the old and the new list, for list entries and containers. */
  from?: number;
  to?: number;
  /** Nesting depth of a list entry (0 = top-level bullet). */
  depth?: number;
};

/** The changes at one place of the family ("Director → Requirements"), in document order. */
export type ChangeGroup = { place: string; counts: Counts; changes: Change[] };

export type StructuredDiff = { counts: Counts; groups: ChangeGroup[] };

export const noChanges = (): Counts => ({ added: 0, removed: 0, changed: 0, moved: 0 });

const entrySubject: Record<Entry["kind"], string> = { item: "Item", group: "Group", note: "Note", stage: "Stage" };
const containerSubject: Record<Container["kind"], string> = { level: "Level", specialty: "Specialty", section: "Section" };

class Collector {
  private readonly groups = new Map<string, ChangeGroup>();

  add(place: string, change: Change) {
    let group = this.groups.get(place);
    if (!group) {
      group = { place, counts: noChanges(), changes: [] };
      this.groups.set(place, group);
    }
    group.changes.push(change);
    group.counts[change.kind]++;
  }

  result(): StructuredDiff {
    const groups = [...this.groups.values()];
    const counts = noChanges();
    for (const g of groups) for (const k of Object.keys(counts) as ChangeKind[]) counts[k] += g.counts[k];
    return { counts, groups };
  }
}

function compareText(out: Collector, before: string, after: string, place: string, subject: string) {
  if (before === after) return;
  if (!before) out.add(place, { kind: "added", subject, before: null, after });
  else if (!after) out.add(place, { kind: "removed", subject, before, after: null });
  else out.add(place, { kind: "changed", subject, before, after, words: wordDiff(before, after) });
}

function compareEntries(out: Collector, before: readonly Entry[], after: readonly Entry[], place: string) {
  if (before.length === after.length && before.every((e, i) => e.text === after[i].text)) return;
  for (const m of matchTexts(before.map((e) => e.text), after.map((e) => e.text))) {
    if (m.kind === "same") continue;
    const old = "from" in m ? before[m.from] : undefined;
    const now = "to" in m ? after[m.to] : undefined;
    const entry = (now ?? old)!;
    out.add(place, {
      kind: m.kind,
      subject: entrySubject[entry.kind],
      before: old?.text ?? null,
      after: now?.text ?? null,
      words: m.kind === "changed" ? wordDiff(old!.text, now!.text) : undefined,
      from: old ? (m as { from: number }).from + 1 : undefined,
      to: now ? (m as { to: number }).to + 1 : undefined,
      depth: entry.depth,
    });
  }
}

function childrenByParent(nodes: readonly OutlineNode[]): Map<string, Container[]> {
  const byParent = new Map<string, Container[]>();
  for (const node of nodes) {
    if (node.type !== "container") continue;
    byParent.set(node.parent, [...(byParent.get(node.parent) ?? []), node]);
  }
  return byParent;
}

/**
 * Levels, specialties and sections added, removed or reordered under each parent that exists in
 * both revisions. Returns the keys of containers that exist in only one of them: their contents
 * are reported as the container's own addition or removal, not item by item.
 */
function compareContainers(out: Collector, before: readonly OutlineNode[], after: readonly OutlineNode[]): Set<string> {
  const oldChildren = childrenByParent(before);
  const newChildren = childrenByParent(after);
  const gone = new Set<string>();
  const parents = ["", ...after.filter((n) => n.type === "container").map((n) => n.key)];
  for (const parent of new Set([...parents, ...oldChildren.keys()])) {
    if (gone.has(parent)) continue;
    const olds = oldChildren.get(parent) ?? [];
    const news = newChildren.get(parent) ?? [];
    if (olds.length === 0 && news.length === 0) continue;
    const matches: Match[] = matchTexts(olds.map((c) => c.key), news.map((c) => c.key), { pairSimilar: false });
    for (const m of matches) {
      if (m.kind === "same") continue;
      const old = "from" in m ? olds[m.from] : undefined;
      const now = "to" in m ? news[m.to] : undefined;
      const container = (now ?? old)!;
      if (m.kind !== "moved") markGone(container.key, [...before, ...after], gone);
      out.add(container.siblings, {
        kind: m.kind,
        subject: containerSubject[container.kind],
        before: old?.label ?? null,
        after: now?.label ?? null,
        from: old ? (m as { from: number }).from + 1 : undefined,
        to: now ? (m as { to: number }).to + 1 : undefined,
      });
    }
  }
  return gone;
}

function markGone(key: string, nodes: readonly OutlineNode[], gone: Set<string>) {
  gone.add(key);
  for (const n of nodes) if (n.type === "container" && n.parent === key && !gone.has(n.key)) markGone(n.key, nodes, gone);
}

/**
 * What changed from one revision of a family to another, by place (section, level, specialty)
 * and item: added, removed, changed (with word-level highlights) and moved. Pure; computed on
 * demand, never stored (revisions are the record).
 */
export function diffDocuments(before: JobFamily, after: JobFamily): StructuredDiff {
  const oldNodes = outlineOf(before);
  const newNodes = outlineOf(after);
  const out = new Collector();
  const gone = compareContainers(out, oldNodes, newNodes);
  const oldSlots = new Map<string, Slot>();
  for (const n of oldNodes) if (n.type !== "container") oldSlots.set(n.key, n);
  for (const slot of newNodes) {
    if (slot.type === "container" || gone.has(slot.container)) continue;
    const old = oldSlots.get(slot.key);
    if (slot.type === "text") compareText(out, old?.type === "text" ? old.text : "", slot.text, slot.place, slot.name);
    else compareEntries(out, old?.type === "list" ? old.entries : [], slot.entries, slot.place);
  }
  return out.result();
}

/** "2 added, 1 changed" — the size of a change in words; "no changes" when there is none. */
export function describeCounts(counts: Counts): string {
  const parts = (Object.keys(counts) as ChangeKind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  return parts.length ? parts.join(", ") : "no changes";
}

/** The size of a diff by place, as the history shows it: "Director → Requirements: 2 added, 1 changed". */
export type PlaceSize = { place: string } & Counts;

export function changeSizes(diff: StructuredDiff): PlaceSize[] {
  return diff.groups.map((g) => ({ place: g.place, ...g.counts }));
}

/** "Director → Requirements: 2 added, 1 changed" for each place a revision touched (history, feeds). */
export function describeSizes(sizes: readonly PlaceSize[]): string[] {
  return sizes.map(({ place, ...counts }) => `${place}: ${describeCounts(counts)}`);
}
