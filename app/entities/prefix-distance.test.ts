import { describe, expect, it } from 'vitest';
import { prefixDistance } from './prefix-distance.ts';

describe('prefixDistance', () => {
  it('is 0 for a prefix and counts edits to the closest prefix otherwise', () => {
    expect(prefixDistance('pash', 'pashinyan', 2)).toBe(0);
    expect(prefixDistance('pashinyan', 'pashinyan', 0)).toBe(0);
    expect(prefixDistance('pahsin', 'pashinyan', 2)).toBe(1); // swapped neighbours: one edit
    expect(prefixDistance('mirzoyn', 'mirzoyan', 2)).toBe(1);
    expect(prefixDistance('bayramof', 'bayramov', 2)).toBe(1);
    expect(prefixDistance('pmopeo', 'pompeo', 2)).toBe(1);
    expect(prefixDistance('pumpae', 'pompeo', 2)).toBe(2);
  });

  it('is Infinity past the bound, including for words far longer or shorter', () => {
    expect(prefixDistance('pompeo', 'pashinyan', 2)).toBe(Infinity);
    expect(prefixDistance('pahsin', 'pashinyan', 0)).toBe(Infinity);
    expect(prefixDistance('mnatsakanyan', 'mna', 2)).toBe(Infinity);
    expect(prefixDistance('mnatsakany', 'mnatsakanyan', 0)).toBe(0);
  });

  it('grows its buffers for long words', () => {
    const long = 'a'.repeat(200);
    expect(prefixDistance(`${long}b`, `${long}c${long}`, 1)).toBe(1);
  });
});
