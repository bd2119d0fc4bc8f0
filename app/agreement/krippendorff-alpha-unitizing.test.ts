import { describe, expect, it } from 'vitest';
import {
  expectedDisagreement,
  keepEarliestLongest,
  krippendorffAlphaUnitizing,
  observedDisagreement,
  segmentDistance,
  type UnitizingStudy,
  type UnitizingUnit,
} from './krippendorff-alpha-unitizing.ts';

const C = 1;
const K = 2;

/** A unit given as DKPro's addUnit does: offset and length. */
function unit(rater: number, category: number, offset: number, length: number): UnitizingUnit {
  return { rater, category, start: offset, end: offset + length };
}

/**
 * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers (i = 0, j = 1) on the
 * continuum [150, 450), categories c and k. The data of DKPro Statistics' Krippendorff2004Test.
 */
const KRIPPENDORFF_2004: UnitizingStudy = {
  begin: 150,
  length: 300,
  raterCount: 2,
  units: [
    unit(0, C, 225, 70),
    unit(0, C, 370, 30),
    unit(1, C, 220, 80),
    unit(1, C, 355, 20),
    unit(1, C, 400, 20),
    unit(0, K, 180, 60),
    unit(0, K, 300, 50),
    unit(1, K, 180, 60),
    unit(1, K, 300, 50),
  ],
};

describe('segmentDistance (the cases of DKPro’s Krippendorff2004Test)', () => {
  it('scores overlapping units by their squared boundary differences', () => {
    expect(segmentDistance(5, 6, true, 4, 2, true)).toBe(26); // 1² + 5²
    expect(segmentDistance(5, 6, true, 5, 2, true)).toBe(16); // 0² + 4²
    expect(segmentDistance(5, 6, true, 6, 2, true)).toBe(10); // 1² + 3²
    expect(segmentDistance(5, 6, true, 7, 2, true)).toBe(8); // 2² + 2²
    expect(segmentDistance(5, 6, true, 6, 4, true)).toBe(2); // 1² + 1²
    expect(segmentDistance(5, 6, true, 5, 6, true)).toBe(0);
    expect(segmentDistance(225, 70, true, 220, 80, true)).toBe(50);
    expect(segmentDistance(370, 30, true, 355, 20, true)).toBe(850);
  });

  it("scores a unit inside the other's gap by its squared length, and nothing else", () => {
    expect(segmentDistance(400, 50, false, 400, 20, true)).toBe(400);
    expect(
      segmentDistance(2, 3, false, 2, 2, true) + segmentDistance(5, 6, true, 4, 7, false),
    ).toBe(40); // 2² + 6²
    expect(segmentDistance(0, 10, true, 5, 20, false)).toBe(0); // only partly inside
    expect(segmentDistance(0, 10, false, 5, 20, false)).toBe(0); // gap against gap
  });
});

describe('krippendorffAlphaUnitizing', () => {
  it("reproduces Krippendorff's example (2004, p. 254): α_U = 0.8591", () => {
    // Category c. Segments of observer i: gap 75, unit [225, 295), gap 75, unit [370, 400),
    // gap 50; of j: gap 70, unit [220, 300), gap 55, unit [355, 375), gap 25, unit [400, 420),
    // gap 30. Non-zero distances: [225,295) vs [220,300): 5² + 5² = 50; [370,400) vs
    // [355,375): 15² + 25² = 850; j's [400,420) inside i's gap [400,450): 20² = 400.
    // D_O = 2 · 1300 / (2 · 1 · 300²) = 0.014444.
    expect(observedDisagreement(KRIPPENDORFF_2004, C)).toBeCloseTo(1300 / 90000, 15);
    // N_c = 5 units, lengths 70, 30, 80, 20, 20; gaps 75, 75, 50, 70, 55, 25, 30.
    // Σ (N_c − 1)(2l³ − 3l² + l)/3 = 4/3 · (70·69·139 + 30·29·59 + 80·79·159 + 2 · 20·19·39)
    //   = 895160 + 68440 + 1339840 + 2 · 19760 = 2342960.
    // Σ l² Σ_{g ≥ l}(g − l + 1) = 70²·13 + 30²·181 + 80²·0 + 2 · 20²·247 = 424200.
    // Denominator R L (R L − 1) − Σ l(l − 1) = 600 · 599 − 12780 = 346620.
    // D_E = (2342960 + 424200) · 2/300 / 346620 = 0.053222.
    expect(expectedDisagreement(KRIPPENDORFF_2004, C)).toBeCloseTo(
      ((2342960 + 424200) * (2 / 300)) / 346620,
      15,
    );
    // Category k: both observers agree exactly, so D_O = 0. N_k = 4, lengths 60, 50, 60, 50;
    // gaps 30, 60, 100 each. Σ (3)(2l³ − 3l² + l)/3 = 2 · (60·59·119 + 50·49·99) = 1327620;
    // Σ l² Σ(g − l + 1) = 2 · (3600 · 84 + 2500 · 124) = 1224800; denominator
    // 359400 − 11980 = 347420; D_E = 2552420 · 2/300 / 347420 = 0.048979.
    expect(observedDisagreement(KRIPPENDORFF_2004, K)).toBe(0);
    expect(expectedDisagreement(KRIPPENDORFF_2004, K)).toBeCloseTo(
      ((1327620 + 1224800) * (2 / 300)) / 347420,
      15,
    );

    const { overall, byCategory } = krippendorffAlphaUnitizing(KRIPPENDORFF_2004);
    // α_U(c) = 1 − 0.014444 / 0.053222 = 0.7286; α_U(k) = 1 − 0 / 0.048979 = 1.
    expect(byCategory.get(C)!.value).toBeCloseTo(0.7286, 4);
    expect(byCategory.get(K)!.value).toBe(1);
    // Overall: 1 − mean D_O / mean D_E = 1 − 0.014444 / (0.053222 + 0.048979) = 0.85867.
    // Krippendorff prints 0.8591 because he divides the rounded .0144 by .0532 + .0490:
    // 1 − .0144 / .1022 = .8591. DKPro's test accepts its 0.85867 within 0.0005; so do we,
    // and pin the exact value too.
    expect(1 - 0.0144 / (0.0532 + 0.049)).toBeCloseTo(0.8591, 4);
    expect(Math.abs(overall.value! - 0.8591)).toBeLessThan(0.0005);
    expect(overall.value).toBeCloseTo(1 - 1300 / 90000 / (0.0532217799 + 0.0489785658), 9);
  });

  it('is 1 for identical unitizations and is the same whichever rater comes first', () => {
    const one = [unit(0, C, 2, 5), unit(0, K, 10, 3)];
    const both = [...one, ...one.map((u) => ({ ...u, rater: 1 }))];
    expect(
      krippendorffAlphaUnitizing({ begin: 0, length: 20, raterCount: 2, units: both }).overall
        .value,
    ).toBe(1);
    const swapped = KRIPPENDORFF_2004.units.map((u) => ({ ...u, rater: 1 - u.rater }));
    expect(krippendorffAlphaUnitizing({ ...KRIPPENDORFF_2004, units: swapped }).overall.value).toBe(
      krippendorffAlphaUnitizing(KRIPPENDORFF_2004).overall.value,
    );
  });

  it('counts a rater without units, who disagrees with every unit of the others', () => {
    // Rater 1 has no units: one gap [0, 10). Rater 0's unit [2, 5) lies inside it: δ² = 3² = 9.
    // D_O = 2 · 9 / (2 · 1 · 10²) = 0.09. N = 1, l = 3; gaps 2, 5 (rater 0) and 10 (rater 1);
    // Σ = 0 + 3² · ((5 − 3 + 1) + (10 − 3 + 1)) = 9 · 11 = 99; D_E = 99 · 2/10 / (20 · 19 − 6)
    // = 19.8 / 374. α = 1 − 0.09 · 374 / 19.8 = −0.7.
    const study = { begin: 0, length: 10, raterCount: 2, units: [unit(0, C, 2, 3)] };
    expect(krippendorffAlphaUnitizing(study).overall.value).toBeCloseTo(
      1 - (0.09 * 374) / 19.8,
      12,
    );
  });

  it('is undefined, with the reason, without two raters or without units', () => {
    expect(krippendorffAlphaUnitizing({ ...KRIPPENDORFF_2004, raterCount: 1 }).overall).toEqual({
      value: null,
      reason: 'fewer than two annotators',
    });
    expect(
      krippendorffAlphaUnitizing({ begin: 0, length: 10, raterCount: 3, units: [] }).overall,
    ).toEqual({ value: null, reason: 'no spans by any annotator' });
    // Two one-character units over a one-character text: D_O = D_E = 0 (DKPro would say 0).
    const tiny = {
      begin: 0,
      length: 1,
      raterCount: 2,
      units: [unit(0, C, 0, 1), unit(1, C, 0, 1)],
    };
    expect(krippendorffAlphaUnitizing(tiny).overall.value).toBeNull();
  });
});

describe('keepEarliestLongest (INCEpTION)', () => {
  it("drops a rater's unit that overlaps an earlier or longer one of the same category", () => {
    const kept = keepEarliestLongest([
      unit(0, C, 5, 10), // [5, 15): kept
      unit(0, C, 0, 3), // [0, 3): earliest, kept
      unit(0, C, 5, 4), // [5, 9): same start, shorter: dropped
      unit(0, C, 14, 6), // [14, 20): overlaps [5, 15): dropped
      unit(0, C, 19, 3), // [19, 22): overlaps only the dropped [14, 20): dropped all the same
      unit(0, C, 22, 2), // [22, 24): kept
      unit(0, K, 5, 4), // another category: kept
      unit(1, C, 6, 2), // another rater: kept
    ]);
    expect(kept.map((u) => [u.rater, u.category, u.start, u.end])).toEqual([
      [0, C, 0, 3],
      [0, C, 5, 15],
      [0, C, 22, 24],
      [0, K, 5, 9],
      [1, C, 6, 8],
    ]);
  });

  it('keeps one of two identical units', () => {
    expect(keepEarliestLongest([unit(0, C, 1, 2), unit(0, C, 1, 2)])).toHaveLength(1);
  });
});
