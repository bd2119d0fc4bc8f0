// Krippendorff's unitizing alpha (α_U; Krippendorff 1995, and Content Analysis, 2nd ed., 2004,
// with the worked example on p. 254), computed exactly as DKPro Statistics'
// KrippendorffAlphaUnitizingAgreement does, after INCEpTION's clean-up of each rater's
// overlapping spans of one label.
//
// The continuum (a document's characters) is cut by every rater, for each category, into
// units of the category and the gaps between them. Observed disagreement sums, over pairs of
// raters, the squared boundary differences of overlapping units (unit vs unit) and the squared
// length of a unit that falls wholly inside the other rater's gap (unit vs gap); expected
// disagreement does the same over all the ways the units could have been placed. Per category
// c, with R raters and a continuum of length L:
//
//   D_O(c) = 2 / (R (R − 1) L²) · Σ_{rater pairs} Σ_{overlapping segments} δ²
//   D_E(c) = 2/L · Σ_{units u of c} [ (N_c − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps g ≥ l} (g − l + 1) ]
//            / (R L (R L − 1) − Σ_{units of c} l (l − 1))        with l the length of u
//   α_U(c) = 1 − D_O(c) / D_E(c)
//
// and over all categories present, α_U = 1 − mean_c D_O(c) / mean_c D_E(c). DKPro returns 0
// when D_O = D_E, including 0/0; here 0/0 is null (see score.ts).

import { scored, unscored, type Score } from './score.ts';
import { byPosition, isInPositionOrder } from './span-order.ts';

/** One unit: `rater` (0-based) gave `category` to the positions [start, end). */
export interface UnitizingUnit {
  rater: number;
  category: number;
  start: number;
  end: number;
}

export interface UnitizingStudy {
  /** The continuum is [begin, begin + length): for a document, 0 and its length in code points. */
  begin: number;
  length: number;
  raterCount: number;
  units: readonly UnitizingUnit[];
}

export interface UnitizingAgreement {
  /** α_U over every category that has a unit (DKPro's calculateAgreement). */
  overall: Score;
  /** α_U of each category that has a unit (DKPro's calculateCategoryAgreement). */
  byCategory: Map<number, Score>;
}

/**
 * INCEpTION's rule for a rater's overlapping units of one category, which α_U cannot take:
 * units are visited as UIMA orders them (start ascending, longer first) and a unit is dropped
 * when it overlaps one visited before it, kept or dropped, so the earliest, longest unit
 * survives. (INCEpTION keeps dropped units in its "active" set too, so a dropped unit can
 * shadow a later one; this reproduces that.)
 */
export function keepEarliestLongest(units: readonly UnitizingUnit[]): UnitizingUnit[] {
  const raterCount = units.reduce((most, unit) => Math.max(most, unit.rater + 1), 0);
  const kept: UnitizingUnit[] = [];
  for (const layers of groupUnits(units, raterCount).values())
    for (const layer of layers) kept.push(...keepEarliestLongestInLayer(layer));
  return kept.sort((a, b) => a.rater - b.rater || a.category - b.category || a.start - b.start);
}

/** keepEarliestLongest for one rater's units of one category; returns them in order of start. */
function keepEarliestLongestInLayer(layer: UnitizingUnit[]): UnitizingUnit[] {
  if (!isInPositionOrder(layer)) layer.sort(byPosition);
  let reach = -Infinity;
  let kept = 0;
  for (const unit of layer) {
    if (reach <= unit.start) layer[kept++] = unit;
    reach = Math.max(reach, unit.end);
  }
  layer.length = kept;
  return layer;
}

/** α_U overall and per category, after keepEarliestLongest. */
export function krippendorffAlphaUnitizing(study: UnitizingStudy): UnitizingAgreement {
  const byCategory = new Map<number, Score>();
  if (study.raterCount < 2) return { overall: unscored('fewer than two annotators'), byCategory };
  const grouped = groupUnits(study.units, study.raterCount);
  if (grouped.size === 0) return { overall: unscored('no spans by any annotator'), byCategory };
  for (const layers of grouped.values()) layers.forEach(keepEarliestLongestInLayer);
  let observedSum = 0;
  let expectedSum = 0;
  for (const [category, layers] of grouped) {
    const observed = observedFromLayers(layers, study.begin, study.length);
    const expected = expectedFromLayers(layers, study.begin, study.length);
    observedSum += observed;
    expectedSum += expected;
    byCategory.set(category, alphaOf(observed, expected));
  }
  // Means over the same number of categories: DKPro divides both sums by it.
  const observed = observedSum / grouped.size;
  const expected = expectedSum / grouped.size;
  return { overall: alphaOf(observed, expected), byCategory };
}

/** D_O(c) of the study as given (units of one rater and category must not overlap). */
export function observedDisagreement(study: UnitizingStudy, category: number): number {
  const layers = sortedLayers(study, category);
  return layers === undefined ? 0 : observedFromLayers(layers, study.begin, study.length);
}

/** D_E(c) of the study as given (units of one rater and category must not overlap). */
export function expectedDisagreement(study: UnitizingStudy, category: number): number {
  const layers = sortedLayers(study, category);
  return layers === undefined ? 0 : expectedFromLayers(layers, study.begin, study.length);
}

/**
 * Krippendorff's δ² between two segments of one category, each a unit (`isUnit`) or a gap:
 * DKPro's measureDistance. Overlapping units: squared differences of both boundaries; a unit
 * inside a gap: the unit's squared length; anything else: 0.
 */
export function segmentDistance(
  start1: number,
  length1: number,
  isUnit1: boolean,
  start2: number,
  length2: number,
  isUnit2: boolean,
): number {
  const beginDiff = start1 - start2;
  const lengthDiff = length1 - length2;
  if (isUnit1 && isUnit2 && -length1 < beginDiff && beginDiff < length2)
    return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
  if (isUnit1 && !isUnit2 && -lengthDiff >= beginDiff && beginDiff >= 0) return length1 * length1;
  if (!isUnit1 && isUnit2 && -lengthDiff <= beginDiff && beginDiff <= 0) return length2 * length2;
  return 0;
}

function alphaOf(observed: number, expected: number): Score {
  // D_E = 0 only when every rater cuts the whole continuum the same way into units no chance
  // placement could disagree on (one-character units edge to edge), so D_O is 0 too.
  if (expected === 0) return unscored('no expected disagreement to compare with (0/0)');
  return scored(1 - observed / expected);
}

/** Units by category (ascending), then by rater, in input order. */
function groupUnits(
  units: readonly UnitizingUnit[],
  raterCount: number,
): Map<number, UnitizingUnit[][]> {
  const grouped = new Map<number, UnitizingUnit[][]>();
  for (const unit of units) {
    let layers = grouped.get(unit.category);
    if (layers === undefined) {
      layers = Array.from({ length: raterCount }, () => []);
      grouped.set(unit.category, layers);
    }
    layers[unit.rater]!.push(unit);
  }
  // Categories in a fixed order, so the overall sums do not depend on the order of the units.
  return new Map([...grouped].sort(([a], [b]) => a - b));
}

/** The layers of one category, each in order of start, without clean-up. */
function sortedLayers(study: UnitizingStudy, category: number): UnitizingUnit[][] | undefined {
  const layers = groupUnits(study.units, study.raterCount).get(category);
  for (const layer of layers ?? []) layer.sort((a, b) => a.start - b.start || a.end - b.end);
  return layers;
}

function observedFromLayers(layers: UnitizingUnit[][], begin: number, length: number): number {
  const raters = layers.length;
  let sum = 0;
  for (let r1 = 0; r1 < raters; r1++)
    for (let r2 = r1 + 1; r2 < raters; r2++)
      sum += pairDistance(layers[r1]!, layers[r2]!, begin, length);
  return (2 * sum) / (raters * (raters - 1) * (length * length));
}

/**
 * Σ δ² over the overlapping segments of two raters' layers: DKPro's walk, which advances to
 * the nearer segment end and stops once both raters' last units have begun (what follows is
 * gap against gap, or a unit that no gap wholly contains, and adds nothing).
 */
function pairDistance(
  first: UnitizingUnit[],
  second: UnitizingUnit[],
  begin: number,
  length: number,
): number {
  const end = begin + length;
  let next1 = 0;
  let next2 = 0;
  let start1 = begin;
  let length1 = 0;
  let isUnit1 = false;
  let start2 = begin;
  let length2 = 0;
  let isUnit2 = false;
  let position = begin;
  let sum = 0;
  while (position < end && (next1 < first.length || next2 < second.length)) {
    if (position === start1 + length1) {
      const unit = first[next1];
      if (unit !== undefined && position === unit.start) {
        length1 = unit.end - unit.start;
        isUnit1 = true;
        next1++;
      } else {
        length1 = (unit === undefined ? end : unit.start) - position;
        isUnit1 = false;
      }
      start1 = position;
    }
    if (position === start2 + length2) {
      const unit = second[next2];
      if (unit !== undefined && position === unit.start) {
        length2 = unit.end - unit.start;
        isUnit2 = true;
        next2++;
      } else {
        length2 = (unit === undefined ? end : unit.start) - position;
        isUnit2 = false;
      }
      start2 = position;
    }
    sum += segmentDistance(start1, length1, isUnit1, start2, length2, isUnit2);
    position = Math.min(start1 + length1, start2 + length2);
  }
  return sum;
}

function expectedFromLayers(layers: UnitizingUnit[][], begin: number, length: number): number {
  const raters = layers.length;
  const end = begin + length;
  let unitCount = 0;
  for (const layer of layers) unitCount += layer.length;
  // Typed arrays sort numerically without a comparator; a rater has at most one gap more
  // than units.
  const lengths = new Float64Array(unitCount);
  const gapSlots = new Float64Array(unitCount + raters);
  let gapCount = 0;
  let squaredLengths = 0;
  let u = 0;
  for (const layer of layers) {
    let position = begin;
    for (const unit of layer) {
      const unitLength = unit.end - unit.start;
      lengths[u++] = unitLength;
      squaredLengths += unitLength * (unitLength - 1);
      if (unit.start > position) gapSlots[gapCount++] = unit.start - position;
      position = unit.end;
    }
    if (position < end) gapSlots[gapCount++] = end - position;
  }
  // Σ_{g ≥ l} (g − l + 1) for every unit length l, from suffix sums over the sorted gaps.
  const gaps = gapSlots.subarray(0, gapCount).sort();
  const suffixSums = new Float64Array(gapCount + 1);
  for (let i = gapCount - 1; i >= 0; i--) suffixSums[i] = suffixSums[i + 1]! + gaps[i]!;
  // Summed in order of length, not of rater, so that swapping two raters cannot change the
  // last bits of the result.
  lengths.sort();
  let sum = 0;
  for (const l of lengths) {
    const withinUnits = ((unitCount - 1) * (2 * l * l * l - 3 * l * l + l)) / 3;
    const first = firstAtLeast(gaps, l);
    const withinGaps = l * l * (suffixSums[first]! - (l - 1) * (gapCount - first));
    sum += withinUnits + withinGaps;
  }
  return (sum * (2 / length)) / (raters * length * (raters * length - 1) - squaredLengths);
}

/** Index of the first value ≥ `target` in ascending `values` (values.length when none). */
function firstAtLeast(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
