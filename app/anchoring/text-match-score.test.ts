import { describe, expect, it } from 'vitest';
import { textMatchScore } from './text-match-score.ts';

describe('textMatchScore', () => {
  it('is 1 when the expected text occurs unchanged', () => {
    expect(textMatchScore('reports The Washington Post', 'Washington')).toBe(1);
  });

  it('falls by one length-th per edit', () => {
    expect(textMatchScore('Washingtin', 'Washington')).toBeCloseTo(0.9);
    expect(textMatchScore('Wasingtin', 'Washington')).toBeCloseTo(0.8);
  });

  it('ranks text by likeness', () => {
    const expected = 'the firing squad';
    const scores = [
      'the firing squad',
      'the firing squat',
      'a firing squad!',
      'awaited his death',
    ].map((actual) => textMatchScore(actual, expected));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('compares a context cut short by the start of the text', () => {
    expect(textMatchScore('years', 'many years')).toBeCloseTo(0.5);
  });

  it('is 0 when either side is empty', () => {
    expect(textMatchScore('', 'prefix')).toBe(0);
    expect(textMatchScore('text', '')).toBe(0);
  });
});
