import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapComponents, type OverlapUnit } from './overlap-components.ts';

/** The definition, quadratically: link every overlapping pair not both one annotator's alone. */
function naiveComponents(units: readonly OverlapUnit[]): number[][] {
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  units.forEach((a, i) =>
    units.forEach((b, j) => {
      const overlap = a.start < b.end && b.start < a.end;
      const sameSingle =
        a.annotators.length === 1 &&
        b.annotators.length === 1 &&
        a.annotators[0] === b.annotators[0];
      if (i < j && overlap && !sameSingle) parent[find(i)] = find(j);
    }),
  );
  return partition(units.map((_, i) => find(i)));
}

/** The partition a component numbering describes, as sorted lists of unit indices. */
function partition(component: readonly number[]): number[][] {
  const groups = new Map<number, number[]>();
  component.forEach((c, i) => (groups.get(c) ?? groups.set(c, []).get(c)!).push(i));
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

const unit: fc.Arbitrary<OverlapUnit> = fc
  .tuple(
    fc.nat({ max: 30 }),
    fc.integer({ min: 1, max: 12 }),
    fc.uniqueArray(fc.constantFrom('ana', 'ben', 'cleo'), { minLength: 1, maxLength: 3 }),
  )
  .map(([start, length, annotators]) => ({ start, end: start + length, annotators }));

describe('overlapComponents', () => {
  it('finds the components the pairwise definition gives', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }), (units) => {
        expect(partition(overlapComponents(units))).toEqual(naiveComponents(units));
      }),
      { numRuns: 500 },
    );
  });

  it("never links one annotator's overlapping spans to each other", () => {
    const units = [
      { start: 0, end: 10, annotators: ['ana'] },
      { start: 5, end: 15, annotators: ['ana'] },
      { start: 12, end: 20, annotators: ['ben'] },
    ];
    // ben's span links to ana's second only; her first stays apart.
    expect(partition(overlapComponents(units))).toEqual([[0], [1, 2]]);
  });

  it('links through a span several annotators share', () => {
    const units = [
      { start: 0, end: 10, annotators: ['ana'] },
      { start: 5, end: 15, annotators: ['ana', 'ben'] },
      { start: 12, end: 20, annotators: ['ana'] },
    ];
    expect(partition(overlapComponents(units))).toEqual([[0, 1, 2]]);
  });

  it('puts 100,000 nested spans of two annotators in one component', () => {
    // Every span contains all later ones: pairwise linking would be 5·10⁹ pairs.
    const units = Array.from({ length: 100_000 }, (_, i) => ({
      start: i,
      end: 200_000 - i,
      annotators: [i % 2 === 0 ? 'ana' : 'ben'],
    }));
    const component = overlapComponents(units);
    expect(new Set(component).size).toBe(1);
  });
});
