// Span-level F1 between two annotators: pair their spans one to one, as many pairs as
// possible, and F1 = 2·pairs / (spans of the first + spans of the second), the harmonic mean of
// precision and recall whichever annotator is taken as the reference (so it is symmetric).
// Two spans can pair when they have the same label and
//   - exact:   the same start and end;
//   - overlap: at least one character in common.
// Matching is done per document and label (spans of different labels never pair), so callers
// pass the spans of one document and one label.

import { maximumMatchingSize } from './bipartite-matching.ts';
import { scored, unscored, type Score } from './score.ts';
import { byPosition, inPositionOrder } from './span-order.ts';

/** A span of one document and one label, code points, end-exclusive. */
export interface PlainSpan {
  start: number;
  end: number;
}

/** Pairs and span counts, which add up over documents and labels. */
export interface F1Tally {
  matches: number;
  first: number;
  second: number;
}

export function emptyF1Tally(): F1Tally {
  return { matches: 0, first: 0, second: 0 };
}

export function addF1Tally(into: F1Tally, other: F1Tally): void {
  into.matches += other.matches;
  into.first += other.first;
  into.second += other.second;
}

/** F1 of a tally; null when neither annotator has a span. */
export function f1Score(tally: F1Tally): Score {
  const spans = tally.first + tally.second;
  if (spans === 0) return unscored('no spans by either annotator');
  return scored((2 * tally.matches) / spans);
}

/** How many spans pair up by equal boundaries (duplicates pair one to one). */
export function exactMatchCount(first: readonly PlainSpan[], second: readonly PlainSpan[]): number {
  if (first.length === 0 || second.length === 0) return 0;
  return sortedMatchCount(inPositionOrder(first), inPositionOrder(second), byPosition);
}

/** How many items of two lists sorted by `compare` pair up as equal, one to one: a merge. */
export function sortedMatchCount<T>(
  a: readonly T[],
  b: readonly T[],
  compare: (x: T, y: T) => number,
): number {
  let i = 0;
  let j = 0;
  let matches = 0;
  while (i < a.length && j < b.length) {
    const order = compare(a[i]!, b[j]!);
    if (order === 0) {
      matches++;
      i++;
      j++;
    } else if (order < 0) i++;
    else j++;
  }
  return matches;
}

/** The size of a maximum one-to-one pairing of spans that share a character. */
export function overlapMatchCount(
  first: readonly PlainSpan[],
  second: readonly PlainSpan[],
): number {
  if (first.length === 0 || second.length === 0) return 0;
  const a = inPositionOrder(first);
  const b = inPositionOrder(second);
  // Edges by a sweep over starts: `open` holds b's spans that began before the current span of
  // `a` ends and did not end before it starts. a's starts only grow, so a span of b that ended
  // before one of them is done with for good.
  const starts = new Int32Array(a.length + 1);
  const edges: number[] = [];
  let open: number[] = [];
  let next = 0;
  for (let i = 0; i < a.length; i++) {
    const { start, end } = a[i]!;
    while (next < b.length && b[next]!.start < end) open.push(next++);
    if (open.some((k) => b[k]!.end <= start)) open = open.filter((k) => b[k]!.end > start);
    // A span of `a` that ends early may see spans of b that began after it ends: skip those.
    for (const k of open) if (b[k]!.start < end) edges.push(k);
    starts[i + 1] = edges.length;
  }
  return maximumMatchingSize({
    leftCount: a.length,
    rightCount: b.length,
    starts,
    edges: Int32Array.from(edges),
  });
}
