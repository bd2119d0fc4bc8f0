import { describe, expect, it } from 'vitest';
import { addToCount, countOfLabel, type LabelCounts } from './label-counts.ts';

describe('label counts', () => {
  it('count labels named like the properties of every object, as any other', () => {
    const counts: LabelCounts = {};
    for (const label of ['constructor', '__proto__', 'toString', 'claim', '__proto__'])
      addToCount(counts, label, 1);
    expect(countOfLabel(counts, 'constructor')).toBe(1);
    expect(countOfLabel(counts, '__proto__')).toBe(2);
    expect(countOfLabel(counts, 'toString')).toBe(1);
    expect(countOfLabel(counts, 'hasOwnProperty')).toBe(0);
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    // What the library row stores and a copy of it keep them as they are.
    const copy = { ...counts };
    expect(countOfLabel(copy, '__proto__')).toBe(2);
    expect(JSON.parse(JSON.stringify(counts))).toEqual(copy);
    expect(structuredClone(counts)).toEqual(copy);
  });

  it('never go below zero', () => {
    const counts: LabelCounts = { actor: 1 };
    addToCount(counts, 'actor', -3);
    addToCount(counts, 'valueOf', -1);
    expect(counts).toEqual({ actor: 0, valueOf: 0 });
  });
});
