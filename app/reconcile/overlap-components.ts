// Connected components of "overlaps, and two different annotators are involved", in one sweep.
// Compare-layers calls this once per label to find boundary conflicts: two spans of one label
// that overlap are linked unless both come from the same single annotator (a rater's own
// overlapping spans are not a disagreement with anyone). Linking every pair would be quadratic
// when one long span overlaps thousands; instead, while sweeping by start, the components with a
// span still open are kept in classes — "only annotator x's spans are open in it" or "open to
// anyone" — and a new span joins every component outside its own class at once. Each join
// consumes a component, so the sweep is O(n log n + n·a) for n spans of a annotators.

/** A unit to link: a span with the annotators who marked it (one or several). */
export interface OverlapUnit {
  start: number;
  end: number;
  /** Sorted or not; only whether it is one annotator, and which, matters. */
  annotators: readonly string[];
}

/** The component index of each unit (0, 1, …, in order of each component's first unit). */
export function overlapComponents(units: readonly OverlapUnit[]): number[] {
  const order = units.map((_, i) => i).sort((a, b) => units[a]!.start - units[b]!.start);
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  /** Per component root: how many of its open units each class has. */
  const openCounts = new Map<number, Map<string, number>>();
  /** Roots whose open units are all one annotator's, by that annotator; and the rest. */
  const pure = new Map<string, Set<number>>();
  const mixed = new Set<number>();
  const classify = (root: number) => {
    for (const roots of pure.values()) roots.delete(root);
    mixed.delete(root);
    const counts = openCounts.get(root);
    if (counts === undefined || counts.size === 0) return;
    const [only] = counts.keys();
    if (counts.size === 1 && only !== MIXED) {
      let roots = pure.get(only!);
      if (roots === undefined) pure.set(only!, (roots = new Set()));
      roots.add(root);
    } else mixed.add(root);
  };
  const count = (root: number, key: string, by: number) => {
    let counts = openCounts.get(root);
    if (counts === undefined) openCounts.set(root, (counts = new Map()));
    const next = (counts.get(key) ?? 0) + by;
    if (next === 0) counts.delete(key);
    else counts.set(key, next);
  };
  /** Joins two roots' components; the second stops being a root. */
  const absorb = (root: number, other: number) => {
    if (root === other) return;
    parent[other] = root;
    for (const [key, n] of openCounts.get(other) ?? []) count(root, key, n);
    openCounts.delete(other);
    for (const roots of pure.values()) roots.delete(other);
    mixed.delete(other);
  };

  const open = new MinHeap<number>((i) => units[i]!.end);
  for (const i of order) {
    const unit = units[i]!;
    while (open.size > 0 && units[open.peek()!]!.end <= unit.start) {
      const closed = open.pop()!;
      const root = find(closed);
      count(root, classOf(units[closed]!), -1);
      classify(root);
    }
    const own = classOf(unit);
    const targets = [...mixed];
    for (const [annotator, roots] of pure) if (annotator !== own) targets.push(...roots);
    // The new unit becomes the root: its component then holds everything it joined.
    for (const target of targets) absorb(i, find(target));
    count(i, own, 1);
    classify(i);
    open.push(i);
  }

  const numbering = new Map<number, number>();
  const component = new Array<number>(units.length);
  for (const i of order) {
    const root = find(i);
    if (!numbering.has(root)) numbering.set(root, numbering.size);
    component[i] = numbering.get(root)!;
  }
  return component;
}

/** The class of a unit marked by several annotators: it links with any overlapping unit. */
const MIXED = '\u0000mixed';

function classOf(unit: OverlapUnit): string {
  return unit.annotators.length === 1 ? unit.annotators[0]! : MIXED;
}

/** A binary min-heap keyed by `keyOf`. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly keyOf: (item: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const { items, keyOf } = this;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (keyOf(items[up]!) <= keyOf(item)) break;
      items[i] = items[up]!;
      i = up;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const { items, keyOf } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child =
        right < items.length && keyOf(items[right]!) < keyOf(items[left]!) ? right : left;
      if (keyOf(items[child]!) >= keyOf(last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
