// Fleiss' kappa (1971) for any number of annotators over the same items (here: tokens):
//
//   κ = (P̄ − P_e) / (1 − P_e)
//   P_i = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1))   agreement on item i (share of agreeing pairs)
//   P̄  = (1/N) Σ_i P_i,   P_e = Σ_j p_j²,   p_j = Σ_i n_ij / Σ_i n_i
//
// n_ij is the number of annotators who put item i in category j, n_i the annotators of item i.
// Fleiss fixes n_i = n; pooling documents whose annotators differ gives items different n_i, and
// the formulas above are the usual generalisation (they reduce to Fleiss' when n_i is constant).
// Items with fewer than two annotators have no pairs and are left out. With two annotators the
// coefficient is Scott's pi, which it generalises; it is reported as Fleiss' kappa all the same.

import { scored, unscored, type Score } from './score.ts';
import { OUTSIDE } from './token-labels.ts';

export interface FleissTally {
  /** Items with at least two annotators. */
  items: number;
  /** Documents tallied with at least two annotators, and with fewer (whose items are left out). */
  documents: number;
  documentsWithoutPairs: number;
  /** Σ_i P_i. */
  agreement: number;
  /** Σ_i n_i. */
  ratings: number;
  /** Σ_i n_ij per category j. */
  totals: Float64Array;
}

export function emptyFleissTally(categoryCount: number): FleissTally {
  return {
    items: 0,
    documents: 0,
    documentsWithoutPairs: 0,
    agreement: 0,
    ratings: 0,
    totals: new Float64Array(categoryCount),
  };
}

/** Adds one document's items (tokens): `layers[r][i]` is annotator r's category for item i. */
export function tallyFleiss(tally: FleissTally, layers: readonly Int32Array[]): void {
  const itemCount = layers[0]?.length ?? 0;
  if (layers.some((layer) => layer.length !== itemCount))
    throw new RangeError('every annotator needs every item');
  const raters = layers.length;
  if (raters < 2) {
    tally.documentsWithoutPairs++;
    return;
  }
  tally.documents++;
  tally.items += itemCount;
  tally.ratings += itemCount * raters;
  if (raters === 2) {
    // The common case, and the hot loop at 100,000 spans: P_i is 1 when the two agree, else 0.
    const [first, second] = layers as [Int32Array, Int32Array];
    for (let item = 0; item < itemCount; item++) {
      const a = first[item]!;
      const b = second[item]!;
      tally.totals[a]!++;
      tally.totals[b]!++;
      if (a === b) tally.agreement++;
    }
    return;
  }
  const pairs = raters * (raters - 1);
  const counts = new Int32Array(tally.totals.length);
  for (let item = 0; item < itemCount; item++) {
    // Σ_j n_ij (n_ij − 1), built up one rating at a time: raising a count from m to m + 1
    // adds 2m.
    let agreeingPairs = 0;
    for (const layer of layers) {
      const category = layer[item]!;
      agreeingPairs += 2 * counts[category]!;
      counts[category]!++;
    }
    for (const layer of layers) {
      const category = layer[item]!;
      tally.totals[category]! += counts[category]!;
      counts[category] = 0;
    }
    tally.agreement += agreeingPairs / pairs;
  }
}

/** Adds `other` into `into` (pooling documents). */
export function addFleissTally(into: FleissTally, other: FleissTally): void {
  into.items += other.items;
  into.documents += other.documents;
  into.documentsWithoutPairs += other.documentsWithoutPairs;
  into.agreement += other.agreement;
  into.ratings += other.ratings;
  for (let j = 0; j < into.totals.length; j++) into.totals[j]! += other.totals[j]!;
}

/**
 * κ for the tally; null when no item has two annotators, or when chance agreement is 1 (every
 * rating is the same category, so κ is 0/0).
 */
export function fleissKappa(tally: FleissTally): Score {
  if (tally.items === 0)
    return unscored(
      tally.documents === 0 && tally.documentsWithoutPairs > 0
        ? 'fewer than two annotators'
        : 'no tokens to compare',
    );
  let squares = 0;
  for (let j = 0; j < tally.totals.length; j++) squares += tally.totals[j]! * tally.totals[j]!;
  const ratingsSquared = tally.ratings * tally.ratings;
  if (squares === ratingsSquared)
    return unscored(
      tally.totals[OUTSIDE] === tally.ratings
        ? 'no annotator tagged any token'
        : 'every annotator gave every token the same label',
    );
  const observed = tally.agreement / tally.items;
  const chance = squares / ratingsSquared;
  return scored((observed - chance) / (1 - chance));
}
