import { describe, expect, it } from 'vitest';
import {
  exactRelationMatchCount,
  overlapRelationMatchCount,
  sortResolvedRelations,
  type ResolvedRelation,
} from './relation-f1.ts';

const CLAIM = 'claim';
const ACTOR = 'actor';

/** A relation from a claim [fromStart, fromEnd) to an actor [toStart, toEnd). */
function link(from: [number, number], to: [number, number], toLabel = ACTOR): ResolvedRelation {
  return {
    from: { start: from[0], end: from[1], label: CLAIM },
    to: { start: to[0], end: to[1], label: toLabel },
  };
}

const both = (first: ResolvedRelation[], second: ResolvedRelation[]) => {
  const a = sortResolvedRelations([...first]);
  const b = sortResolvedRelations([...second]);
  return { exact: exactRelationMatchCount(a, b), overlap: overlapRelationMatchCount(a, b) };
};

describe('relation matching', () => {
  it('pairs exactly only when both endpoints have the same start, end and label', () => {
    expect(both([link([0, 10], [20, 25])], [link([0, 10], [20, 25])])).toEqual({
      exact: 1,
      overlap: 1,
    });
    expect(both([link([0, 10], [20, 25])], [link([0, 11], [20, 25])])).toEqual({
      exact: 0,
      overlap: 1,
    });
    // The same place, another label at the target.
    expect(both([link([0, 10], [20, 25])], [link([0, 10], [20, 25], 'date')])).toEqual({
      exact: 0,
      overlap: 0,
    });
  });

  it('needs both endpoints to share a character for an overlap pair', () => {
    expect(both([link([0, 10], [20, 25])], [link([5, 12], [25, 30])]).overlap).toBe(0);
    expect(both([link([0, 10], [20, 25])], [link([10, 12], [20, 25])]).overlap).toBe(0);
    expect(both([link([0, 10], [20, 25])], [link([9, 12], [24, 30])]).overlap).toBe(1);
  });

  it('pairs duplicates one to one', () => {
    const twice = [link([0, 10], [20, 25]), link([0, 10], [20, 25])];
    expect(both(twice, [link([0, 10], [20, 25])])).toEqual({ exact: 1, overlap: 1 });
    expect(both(twice, twice)).toEqual({ exact: 2, overlap: 2 });
  });

  it('finds the maximum overlap pairing where a greedy one would miss a pair', () => {
    // A1 overlaps B1 and B2 at both ends; A2 only B1. Greedy A1–B1 would leave A2 alone.
    const first = [link([0, 10], [40, 50]), link([8, 12], [44, 46])];
    const second = [link([5, 15], [42, 48]), link([0, 3], [40, 42])];
    expect(both(first, second).overlap).toBe(2);
    expect(both(second, first).overlap).toBe(2);
  });

  it('sees a later relation whose claim starts inside a long earlier one', () => {
    const first = [link([0, 100], [200, 210]), link([10, 20], [300, 310])];
    const second = [link([50, 60], [300, 305]), link([90, 95], [205, 208])];
    expect(both(first, second).overlap).toBe(1);
  });
});
