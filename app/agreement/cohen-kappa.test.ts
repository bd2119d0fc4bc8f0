import { describe, expect, it } from 'vitest';
import { addCohenTally, cohenKappa, emptyCohenTally, tallyCohen } from './cohen-kappa.ts';

function kappaOf(first: number[], second: number[], categoryCount = 3) {
  const tally = emptyCohenTally(categoryCount);
  tallyCohen(tally, Int32Array.from(first), Int32Array.from(second));
  return cohenKappa(tally);
}

describe('cohenKappa', () => {
  it('matches a hand computation', () => {
    // Ten tokens, categories 0 (outside), 1 and 2.
    //   first:  1 1 1 0 0 0 0 0 0 0   → n1 = (7, 3, 0)
    //   second: 1 1 0 0 0 0 0 0 0 2   → n2 = (7, 2, 1)
    // Agreements: tokens 1, 2 and 4–9 = 8, so A_o = 0.8.
    // A_e = (7·7 + 3·2 + 0·1) / 10² = 55/100 = 0.55.
    // κ = (0.8 − 0.55) / (1 − 0.55) = 0.25 / 0.45 = 5/9.
    const score = kappaOf([1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(score.value).toBeCloseTo(5 / 9, 12);
  });

  it('is 1 for identical categories and can go below 0', () => {
    expect(kappaOf([0, 1, 2, 1], [0, 1, 2, 1]).value).toBe(1);
    // Systematic disagreement: A_o = 0, A_e = (2·2 + 2·2)/16 = 0.5, κ = −0.5/0.5 = −1.
    expect(kappaOf([0, 0, 1, 1], [1, 1, 0, 0]).value).toBe(-1);
  });

  it('pools documents by adding tallies', () => {
    const first = emptyCohenTally(2);
    tallyCohen(first, Int32Array.from([1, 0]), Int32Array.from([1, 1]));
    const second = emptyCohenTally(2);
    tallyCohen(second, Int32Array.from([0, 0]), Int32Array.from([0, 1]));
    addCohenTally(first, second);
    // Pooled: first 1 0 0 0, second 1 1 0 1: agreements 2 of 4; A_e = (3·1 + 1·3)/16 = 6/16.
    // κ = (4·2 − 6) / (16 − 6) = 0.2.
    expect(cohenKappa(first).value).toBeCloseTo(0.2, 12);
  });

  it('is undefined, with the reason, when chance agreement is 1 or there is nothing to compare', () => {
    expect(kappaOf([0, 0, 0], [0, 0, 0])).toEqual({
      value: null,
      reason: 'neither annotator tagged any token',
    });
    expect(kappaOf([2, 2], [2, 2])).toEqual({
      value: null,
      reason: 'both annotators gave every token the same label',
    });
    expect(kappaOf([], [])).toEqual({ value: null, reason: 'no tokens to compare' });
  });

  it('is about 0, not undefined, when only one annotator tagged anything', () => {
    // A_o = 3/4, A_e = (4·3 + 0·1)/16 = 0.75: κ = 0.
    expect(kappaOf([0, 0, 0, 0], [0, 0, 0, 1]).value).toBe(0);
  });
});
