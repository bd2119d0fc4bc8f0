// Cohen's kappa (1960) for two annotators over the same items (here: tokens):
//
//   κ = (A_o − A_e) / (1 − A_e),  A_o = agreements / N,  A_e = Σ_k (n1_k / N)(n2_k / N)
//
// where n1_k, n2_k count the items each annotator put in category k. Counts are kept instead
// of the items, so documents pool by adding tallies, and the arithmetic stays in integers until
// the last division: κ = (N·agreements − Σ n1_k n2_k) / (N² − Σ n1_k n2_k).

import { scored, unscored, type Score } from './score.ts';
import { OUTSIDE } from './token-labels.ts';

/** What Cohen's kappa needs from the items two annotators categorised. */
export interface CohenTally {
  items: number;
  agreements: number;
  /** Items per category, for the first and the second annotator. */
  first: Float64Array;
  second: Float64Array;
}

export function emptyCohenTally(categoryCount: number): CohenTally {
  return {
    items: 0,
    agreements: 0,
    first: new Float64Array(categoryCount),
    second: new Float64Array(categoryCount),
  };
}

/** Adds the items of one document (the two annotators' categories, item by item) to `tally`. */
export function tallyCohen(tally: CohenTally, first: Int32Array, second: Int32Array): void {
  if (first.length !== second.length) throw new RangeError('both annotators need every item');
  for (let item = 0; item < first.length; item++) {
    const a = first[item]!;
    const b = second[item]!;
    tally.first[a]!++;
    tally.second[b]!++;
    if (a === b) tally.agreements++;
  }
  tally.items += first.length;
}

/** Adds `other` into `into` (pooling documents). */
export function addCohenTally(into: CohenTally, other: CohenTally): void {
  into.items += other.items;
  into.agreements += other.agreements;
  for (let k = 0; k < into.first.length; k++) {
    into.first[k]! += other.first[k]!;
    into.second[k]! += other.second[k]!;
  }
}

/**
 * κ for the tally; null when there are no items, or when chance agreement is 1 (both annotators
 * put every item in one and the same category, so κ is 0/0).
 */
export function cohenKappa(tally: CohenTally): Score {
  const n = tally.items;
  if (n === 0) return unscored('no tokens to compare');
  let chance = 0;
  for (let k = 0; k < tally.first.length; k++) chance += tally.first[k]! * tally.second[k]!;
  const squared = n * n;
  if (chance === squared)
    return unscored(
      tally.first[OUTSIDE] === n
        ? 'neither annotator tagged any token'
        : 'both annotators gave every token the same label',
    );
  return scored((n * tally.agreements - chance) / (squared - chance));
}
