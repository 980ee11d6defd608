/**
 * Three-way merge of structured documents: `base` is the revision an edit started from, `mine`
 * the edit, `theirs` what was saved meanwhile. Pure and schema-agnostic (plain JSON), so it is
 * tested on its own and used by the form, the API and anything else that saves a stale edit.
 *
 * Changes that do not overlap combine: different fields of an object, different entries of a
 * list (matched by content, or by `id` for lists of identified things such as levels). Where both
 * sides changed the same thing differently, the result keeps `mine` there and reports a conflict
 * with the three values, so a person can choose mine, theirs, or write something new.
 */
export type Path = (string | number)[];
export type MergeConflict = { path: Path; base: unknown; mine: unknown; theirs: unknown };
export type MergeResult<T> = { merged: T; conflicts: MergeConflict[] };

/** Above this many element comparisons a list is merged as a whole (no quadratic blow-up). */
const MAX_LCS_CELLS = 250_000;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

export function mergeDocuments<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = merge3(base, mine, theirs, [], conflicts) as T;
  return { merged, conflicts };
}

function merge3(base: Json, mine: Json, theirs: Json, path: Path, conflicts: MergeConflict[]): Json {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  if (isObject(base) && isObject(mine) && isObject(theirs)) return mergeObjects(base, mine, theirs, path, conflicts);
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    return identified(base) && identified(mine) && identified(theirs)
      ? mergeById(base, mine, theirs, path, conflicts)
      : mergeLists(base, mine, theirs, path, conflicts);
  }
  conflicts.push({ path, base, mine, theirs });
  return mine;
}

function mergeObjects(base: Record<string, Json>, mine: Record<string, Json>, theirs: Record<string, Json>, path: Path, conflicts: MergeConflict[]) {
  const result: Record<string, Json> = {};
  // Mine's key order first: the document schema fixes the order anyway.
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])];
  for (const key of keys) {
    const value = merge3(base[key], mine[key], theirs[key], [...path, key], conflicts);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** Longest common subsequence as pairs of indices (a[i] equals b[j]); null when too large. */
function lcs(a: Json[], b: Json[]): [number, number][] | null {
  if (a.length * b.length > MAX_LCS_CELLS) return null;
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = deepEqual(a[i], b[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (deepEqual(a[i], b[j])) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * diff3 on lists: entries of the base that both sides kept unchanged are anchors; between two
 * anchors each side's stretch is taken when only that side changed it, merged entry by entry when
 * both changed a stretch of the same length (edits of the same bullets), and a conflict otherwise.
 */
function mergeLists(base: Json[], mine: Json[], theirs: Json[], path: Path, conflicts: MergeConflict[]): Json[] {
  const toMine = lcs(base, mine);
  const toTheirs = lcs(base, theirs);
  if (!toMine || !toTheirs) {
    conflicts.push({ path, base, mine, theirs });
    return mine;
  }
  const inMine = new Map(toMine);
  const inTheirs = new Map(toTheirs);
  const anchors: [number, number, number][] = [];
  for (let i = 0; i < base.length; i++) {
    if (inMine.has(i) && inTheirs.has(i)) anchors.push([i, inMine.get(i)!, inTheirs.get(i)!]);
  }
  anchors.push([base.length, mine.length, theirs.length]);

  const result: Json[] = [];
  let [b, m, t] = [0, 0, 0];
  for (const [ab, am, at] of anchors) {
    const chunk = { base: base.slice(b, ab), mine: mine.slice(m, am), theirs: theirs.slice(t, at) };
    if (deepEqual(chunk.base, chunk.mine)) result.push(...chunk.theirs);
    else if (deepEqual(chunk.base, chunk.theirs) || deepEqual(chunk.mine, chunk.theirs)) result.push(...chunk.mine);
    else if (chunk.base.length === chunk.mine.length && chunk.mine.length === chunk.theirs.length) {
      chunk.base.forEach((entry, k) => result.push(merge3(entry, chunk.mine[k], chunk.theirs[k], [...path, result.length], conflicts)));
    } else {
      // Both sides rewrote this stretch differently: the whole list is the choice to make.
      conflicts.push({ path, base, mine, theirs });
      return mine;
    }
    if (ab < base.length) result.push(base[ab]);
    [b, m, t] = [ab + 1, am + 1, at + 1];
  }
  return result;
}

type Identified = { id: string } & Record<string, Json>;
function identified(list: Json[]): list is Identified[] {
  const ids = list.map((e) => (isObject(e) && typeof e.id === "string" ? e.id : null));
  return ids.every((id) => id !== null) && new Set(ids).size === ids.length;
}

/**
 * Lists of things with ids (levels): entries are matched by id, so one person editing a level
 * and another reordering or adding levels both keep their change. The order is merged as a list
 * of ids; an entry one side removed while the other changed it is a conflict.
 */
function mergeById(base: Identified[], mine: Identified[], theirs: Identified[], path: Path, conflicts: MergeConflict[]): Json[] {
  const byId = (list: Identified[]) => new Map(list.map((e) => [e.id, e]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = (list: Identified[]) => list.map((e) => e.id);
  const orderConflicts: MergeConflict[] = [];
  let order = mergeLists(ids(base), ids(mine), ids(theirs), path, orderConflicts) as string[];
  const reordered = orderConflicts.length > 0;
  // Both reordered differently: mine's order, plus what only theirs added (a conflict below).
  if (reordered) order = [...ids(mine), ...ids(theirs).filter((id) => !m.has(id))];
  // An entry one side removed while the other changed it stays, as a conflict at its place.
  for (const [id, original] of b) {
    if (order.includes(id)) continue;
    const changed = (side: Map<string, Identified>) => side.has(id) && !deepEqual(side.get(id), original);
    if (changed(m) || changed(t)) order.push(id);
  }
  const entries = new Map(
    order.map((id, index) => {
      const value = merge3(b.get(id), m.get(id), t.get(id), [...path, index], conflicts);
      return [id, (value ?? m.get(id) ?? t.get(id)) as Json];
    }),
  );
  const merged = order.map((id) => entries.get(id));
  if (reordered) {
    const theirsOrder = [...ids(theirs).filter((id) => entries.has(id)), ...order.filter((id) => !t.has(id))];
    conflicts.push({ path, base, mine: merged, theirs: theirsOrder.map((id) => entries.get(id)) });
  }
  return merged;
}

/** Sets the value at `path` (as reported in a conflict), returning a new document. */
export function setAtPath<T>(document: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container = (Array.isArray(document) ? [...document] : { ...(document as object) }) as Record<string | number, unknown>;
  container[head] = setAtPath(container[head], rest, value);
  return container as T;
}

export function getAtPath(document: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], document);
}

export const pathName = (path: Path) => path.join(".");
