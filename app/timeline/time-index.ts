// Finding the claims in the visible time window without looking at the others. Claims are kept
// in classes by how long their interval is (a day, a week, a month, a quarter, a year, longer),
// each sorted by start: a claim overlapping [from, to) starts before `to` and, its class's
// longest interval being `maxSpan`, after `from - maxSpan`. Two binary searches per class give
// the candidates, so culling is O(log n + visible) however many claims the library holds; a
// year-long interval cannot drag every day-long claim into the scan.

import type { DatedClaim } from './timeline-claims.ts';

/** Upper bounds of each class's interval length, in days. */
const CLASS_SPANS = [1.001, 7, 31, 92, 366, Infinity] as const;

interface SpanClass {
  /** Indices into the index's claims, by start. */
  order: Int32Array;
  starts: Float64Array;
  /** The longest interval of the class, in days. */
  maxSpan: number;
}

export interface TimeIndex {
  /** The claims indexed (those the filter kept), in the axis's order. */
  claims: readonly DatedClaim[];
  /** Each claim's interval, [from, to): what culling and layout read, without touching the objects. */
  from: Float64Array;
  to: Float64Array;
  classes: SpanClass[];
  /** The earliest start and latest end; null when there is no claim. */
  extent: { from: number; to: number } | null;
  /** Every index in order, made the first time a window covers them all. */
  all?: Int32Array;
}

/** Indexes `claims`, which must be ordered by `from` (as timelineClaimsOf orders them). */
export function buildTimeIndex(claims: readonly DatedClaim[]): TimeIndex {
  const n = claims.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const classOf = new Uint8Array(n);
  const sizes = new Int32Array(CLASS_SPANS.length);
  const maxSpans = new Float64Array(CLASS_SPANS.length);
  let latest = -Infinity;
  for (let i = 0; i < n; i++) {
    const claim = claims[i]!;
    from[i] = claim.from;
    to[i] = claim.to;
    const span = claim.to - claim.from;
    let c = 0;
    while (span > CLASS_SPANS[c]!) c++;
    classOf[i] = c;
    sizes[c]!++;
    if (span > maxSpans[c]!) maxSpans[c] = span;
    if (claim.to > latest) latest = claim.to;
  }
  const orders = [...sizes].map((size) => new Int32Array(size));
  const filled = new Int32Array(CLASS_SPANS.length);
  for (let i = 0; i < n; i++) {
    const c = classOf[i]!;
    orders[c]![filled[c]!++] = i;
  }
  const classes: SpanClass[] = [];
  orders.forEach((order, c) => {
    if (order.length === 0) return;
    const starts = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) starts[k] = from[order[k]!]!;
    classes.push({ order, starts, maxSpan: maxSpans[c]! });
  });
  const extent = n === 0 ? null : { from: from[0]!, to: latest };
  return { claims, from, to, classes, extent };
}

/** The first position in `starts` whose value is ≥ `value` (or > with `after`). */
function lowerBound(starts: Float64Array, value: number, after = false): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (after ? starts[mid]! <= value : starts[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Indices of the claims whose interval overlaps [from, to), by start. */
export function claimsOverlapping(index: TimeIndex, from: number, to: number): Int32Array {
  // A window over every claim (the fitted view) needs no search: all of them, in order.
  if (index.extent !== null && from <= index.extent.from && to >= index.extent.to) {
    index.all ??= Int32Array.from(index.claims, (_, i) => i);
    return index.all;
  }
  const found: number[] = [];
  for (const spanClass of index.classes) {
    const first = lowerBound(spanClass.starts, from - spanClass.maxSpan);
    const end = lowerBound(spanClass.starts, to);
    for (let k = first; k < end; k++) {
      const i = spanClass.order[k]!;
      if (index.to[i]! > from) found.push(i);
    }
  }
  // Indices follow the axis's order, so sorting them sorts the claims by start; a typed array
  // sorts numbers without a comparator call (100,000 in a few ms).
  const indices = Int32Array.from(found);
  return index.classes.length > 1 ? indices.sort() : indices;
}

/** How many claims start in [from, to): what the density strip draws per bin. */
export function countStarting(index: TimeIndex, from: number, to: number): number {
  let count = 0;
  for (const spanClass of index.classes)
    count += lowerBound(spanClass.starts, to) - lowerBound(spanClass.starts, from);
  return count;
}
