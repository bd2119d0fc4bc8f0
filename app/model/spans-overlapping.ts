// Finding the spans that overlap a range in a list sorted by start, without an interval tree:
// binary search for the spans starting before the range ends, then walk back only as far as
// the longest span could reach. O(log n + k + spans starting within that reach).

export interface Span {
  start: number;
  end: number;
}

/**
 * The spans of `sorted` (ordered by start) that share at least one position with [start, end),
 * in the list's order. `maxLength` must be at least the longest span's length.
 */
export function spansOverlapping<T extends Span>(
  sorted: readonly T[],
  maxLength: number,
  start: number,
  end: number,
): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.start < end) low = mid + 1;
    else high = mid;
  }
  const result: T[] = [];
  // Everything before `low` starts before `end`; only spans starting within maxLength of
  // `start` can still reach past it.
  for (let i = low - 1; i >= 0 && sorted[i]!.start > start - maxLength - 1; i--)
    if (sorted[i]!.end > start) result.push(sorted[i]!);
  return result.reverse();
}

/**
 * The spans a click at caret `offset` means. A click lands between two characters: it means the
 * spans covering the character to its right, or, when none does, those ending exactly at the
 * caret (a click at the very end of a span). `spansAt` gives the spans covering a character.
 */
export function spansClickedAt<T extends Span>(
  offset: number,
  spansAt: (offset: number) => T[],
): T[] {
  const hits = spansAt(offset);
  if (hits.length > 0 || offset === 0) return hits;
  return spansAt(offset - 1).filter((span) => span.end === offset);
}
