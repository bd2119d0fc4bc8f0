// Agreement on what two annotators attached to the spans they placed alike: the entity of an
// actor (entityAgreement) or the value of a date (dateValueAgreement). Only spans with the same
// start and end are compared, one to one; a span placed differently is F1's business, and a
// link or value on one side only says nothing about whether the two would agree.
//
// Duplicates (one annotator's two actors at the same offsets) pair in sorted order of their
// value, so the result depends neither on input order nor on which annotator comes first. No
// attempt is made to find the most favourable pairing: duplicates at the same offsets are a
// slip, and sorted order is simple to explain.

import { compareStrings } from '../model/compare-strings.ts';
import { scored, unscored, type Score } from './score.ts';

/** A span with what its annotator attached to it (an entity id, a date value). */
export interface PlacedValue {
  start: number;
  end: number;
  value: string;
}

/** Pairs compared and pairs that agree, which add up over documents. */
export interface PlacedTally {
  same: number;
  counted: number;
}

export function emptyPlacedTally(): PlacedTally {
  return { same: 0, counted: 0 };
}

export function addPlacedTally(into: PlacedTally, other: PlacedTally): void {
  into.same += other.same;
  into.counted += other.counted;
}

/** The fraction of compared pairs that agree; null with `whenNone` when none was compared. */
export function placedScore(tally: PlacedTally, whenNone: string): Score {
  return tally.counted === 0 ? unscored(whenNone) : scored(tally.same / tally.counted);
}

/** By start, end, then value: the order tallyPlacedAlike takes (sorted in place). */
export function sortPlaced(values: PlacedValue[]): PlacedValue[] {
  return values.sort(
    (a, b) => a.start - b.start || a.end - b.end || compareStrings(a.value, b.value),
  );
}

/**
 * Pairs the spans of `first` and `second` (each sorted by sortPlaced) that have the same start
 * and end, one to one in sorted order, and counts the pairs whose values are `same`.
 */
export function tallyPlacedAlike(
  first: readonly PlacedValue[],
  second: readonly PlacedValue[],
  same: (a: string, b: string) => boolean,
  into: PlacedTally,
): void {
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i]!;
    const b = second[j]!;
    const order = a.start - b.start || a.end - b.end;
    if (order < 0) i++;
    else if (order > 0) j++;
    else {
      // One group of equal offsets on each side: pair them index by index.
      let k = 0;
      for (; i + k < first.length && j + k < second.length; k++) {
        const x = first[i + k]!;
        const y = second[j + k]!;
        if (x.start !== a.start || x.end !== a.end || y.start !== a.start || y.end !== a.end) break;
        into.counted++;
        if (same(x.value, y.value)) into.same++;
      }
      // Skip what is left of either group: it has no partner at these offsets.
      i += k;
      j += k;
      while (i < first.length && first[i]!.start === a.start && first[i]!.end === a.end) i++;
      while (j < second.length && second[j]!.start === a.start && second[j]!.end === a.end) j++;
    }
  }
}
