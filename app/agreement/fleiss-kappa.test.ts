import { describe, expect, it } from 'vitest';
import { cohenKappa, emptyCohenTally, tallyCohen } from './cohen-kappa.ts';
import { addFleissTally, emptyFleissTally, fleissKappa, tallyFleiss } from './fleiss-kappa.ts';

/** Rater layers that give item i the counts counts[i][j] in category j (raters in any order). */
function layersFromCounts(counts: number[][]): Int32Array[] {
  const raters = counts[0]!.reduce((sum, n) => sum + n, 0);
  const layers = Array.from({ length: raters }, () => new Int32Array(counts.length));
  counts.forEach((row, item) => {
    let rater = 0;
    row.forEach((n, category) => {
      for (let k = 0; k < n; k++) layers[rater++]![item] = category;
    });
  });
  return layers;
}

function kappaOf(layers: Int32Array[], categoryCount: number) {
  const tally = emptyFleissTally(categoryCount);
  tallyFleiss(tally, layers);
  return fleissKappa(tally);
}

describe('fleissKappa', () => {
  it("reproduces the worked example of Fleiss' kappa: 10 items, 14 raters, 5 categories", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    // Σ_j n_ij(n_ij − 1) per item: 182, 46, 56, 80, 60, 84, 44, 32, 52, 52 = 688 in all;
    // each over n(n − 1) = 182, so P̄ = 688 / 1820 = 0.37802.
    // Column totals 20, 28, 39, 21, 32 of 140 ratings: P_e = 4170 / 140² = 0.21276.
    // κ = (0.37802 − 0.21276) / (1 − 0.21276) = 0.20993.
    const score = kappaOf(layersFromCounts(counts), 5);
    expect(score.value).toBeCloseTo((688 / 1820 - 4170 / 19600) / (1 - 4170 / 19600), 12);
    expect(score.value).toBeCloseTo(0.20993, 5);
  });

  it("is Scott's pi with two raters", () => {
    // The ten tokens of the Cohen example: first 1 1 1 0 0 0 0 0 0 0, second 1 1 0 0 0 0 0 0 0 2.
    // Pooled proportions (14, 5, 1)/20: P_e = 0.49 + 0.0625 + 0.0025 = 0.555; P̄ = A_o = 0.8.
    // π = (0.8 − 0.555) / (1 − 0.555) = 0.245 / 0.445 = 0.55056 (Cohen's κ is 0.55556).
    const first = Int32Array.from([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    const second = Int32Array.from([1, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(kappaOf([first, second], 3).value).toBeCloseTo(0.245 / 0.445, 12);
    const cohen = emptyCohenTally(3);
    tallyCohen(cohen, first, second);
    expect(cohenKappa(cohen).value).not.toBeCloseTo(0.245 / 0.445, 3);
  });

  it('pools documents with different numbers of raters, item by item', () => {
    // Document 1, three raters, two items: (1,1,1) and (1,0,0).
    //   P_1 = 6/6 = 1, P_2 = 2/6; ratings: category 0 ×2, category 1 ×4.
    // Document 2, two raters, one item: (0,1): P_3 = 0; ratings 0 ×1, 1 ×1.
    // P̄ = (1 + 1/3 + 0) / 3 = 4/9; p = (3/8, 5/8): P_e = (9 + 25)/64 = 34/64.
    // κ = (4/9 − 34/64) / (1 − 34/64) = −0.08681 / 0.46875 = −0.18519.
    const pooled = emptyFleissTally(2);
    tallyFleiss(pooled, [
      Int32Array.from([1, 1]),
      Int32Array.from([1, 0]),
      Int32Array.from([1, 0]),
    ]);
    const second = emptyFleissTally(2);
    tallyFleiss(second, [Int32Array.from([0]), Int32Array.from([1])]);
    addFleissTally(pooled, second);
    const expected = (4 / 9 - 34 / 64) / (1 - 34 / 64);
    expect(fleissKappa(pooled).value).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(-0.18519, 5);
  });

  it('is undefined, with the reason, when it is 0/0 or has no pairs of raters', () => {
    const outside = new Int32Array(3);
    expect(kappaOf([outside, outside, outside], 2)).toEqual({
      value: null,
      reason: 'no annotator tagged any token',
    });
    const all = Int32Array.from([1, 1]);
    expect(kappaOf([all, all], 2)).toEqual({
      value: null,
      reason: 'every annotator gave every token the same label',
    });
    expect(kappaOf([Int32Array.from([1, 0])], 2)).toEqual({
      value: null,
      reason: 'fewer than two annotators',
    });
    expect(kappaOf([new Int32Array(0), new Int32Array(0)], 2)).toEqual({
      value: null,
      reason: 'no tokens to compare',
    });
  });

  it('is 1 for identical layers with some variation', () => {
    const layer = Int32Array.from([0, 1, 2, 0]);
    expect(kappaOf([layer, layer, layer], 3).value).toBe(1);
  });
});
