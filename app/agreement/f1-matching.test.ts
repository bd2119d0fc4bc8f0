import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumMatchingSize } from './bipartite-matching.ts';
import { exactMatchCount, f1Score, overlapMatchCount, type PlainSpan } from './f1-matching.ts';

const span = (start: number, end: number): PlainSpan => ({ start, end });

/** The largest one-to-one pairing by trying every assignment: the reference for small inputs. */
function bruteForceMatching(
  first: PlainSpan[],
  second: PlainSpan[],
  pairs: (a: PlainSpan, b: PlainSpan) => boolean,
): number {
  const used = new Array<boolean>(second.length).fill(false);
  const best = (i: number): number => {
    if (i === first.length) return 0;
    let result = best(i + 1); // leave first[i] unpaired
    second.forEach((candidate, j) => {
      if (used[j] || !pairs(first[i]!, candidate)) return;
      used[j] = true;
      result = Math.max(result, 1 + best(i + 1));
      used[j] = false;
    });
    return result;
  };
  return best(0);
}

const overlaps = (a: PlainSpan, b: PlainSpan) => a.start < b.end && b.start < a.end;
const spans = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 8 }))
    .map(([start, length]) => span(start, start + length)),
  { maxLength: 7 },
);

describe('exactMatchCount', () => {
  it('pairs spans with equal boundaries, duplicates one to one', () => {
    // [0,4) twice against once: one pair; [5,9) pairs; [10,12) vs [10,13) does not.
    expect(
      exactMatchCount(
        [span(0, 4), span(0, 4), span(5, 9), span(10, 12)],
        [span(5, 9), span(0, 4), span(10, 13)],
      ),
    ).toBe(2);
    expect(exactMatchCount([], [span(0, 1)])).toBe(0);
  });
});

describe('overlapMatchCount', () => {
  it('finds the maximum pairing where a greedy one would not', () => {
    // a1 = [0, 10) overlaps b1 = [5, 12) and b2 = [8, 9); a2 = [10, 11) overlaps only b1.
    // Pairing a1 with its first neighbour b1 strands a2; the maximum is a1–b2 and a2–b1.
    expect(overlapMatchCount([span(0, 10), span(10, 11)], [span(5, 12), span(8, 9)])).toBe(2);
  });

  it('needs a shared character: touching spans do not pair', () => {
    expect(overlapMatchCount([span(0, 5)], [span(5, 9)])).toBe(0);
    expect(overlapMatchCount([span(0, 6)], [span(5, 9)])).toBe(1);
  });

  it('equals a brute-force maximum on small random inputs, and is symmetric', () => {
    fc.assert(
      fc.property(spans, spans, (first, second) => {
        const size = overlapMatchCount(first, second);
        expect(size).toBe(bruteForceMatching(first, second, overlaps));
        expect(overlapMatchCount(second, first)).toBe(size);
      }),
    );
  });

  it('exact matching equals a brute-force maximum too', () => {
    const equal = (a: PlainSpan, b: PlainSpan) => a.start === b.start && a.end === b.end;
    fc.assert(
      fc.property(spans, spans, (first, second) => {
        expect(exactMatchCount(first, second)).toBe(bruteForceMatching(first, second, equal));
      }),
    );
  });

  it('handles long alternating chains without deep recursion', () => {
    // a_i = [2i, 2i + 3) overlaps b_i = [2i, 2i + 1) and b_{i+1}; a perfect matching exists.
    const n = 20_000;
    const first = Array.from({ length: n }, (_, i) => span(2 * i, 2 * i + 3));
    const second = Array.from({ length: n }, (_, i) => span(2 * i + 2, 2 * i + 3));
    second[n - 1] = span(0, 1);
    expect(overlapMatchCount(first, second)).toBe(n);
  });
});

describe('maximumMatchingSize', () => {
  it('matches a textbook graph', () => {
    // Left 0–3, right 0–3; edges 0:{0,1} 1:{0} 2:{1,2} 3:{2}: maximum 3 (0–1, 1–0, 2–2 or 3–2).
    const graph = {
      leftCount: 4,
      rightCount: 4,
      starts: Int32Array.from([0, 2, 3, 5, 6]),
      edges: Int32Array.from([0, 1, 0, 1, 2, 2]),
    };
    expect(maximumMatchingSize(graph)).toBe(3);
  });
});

describe('f1Score', () => {
  it('is 2·pairs over all spans, and undefined without spans', () => {
    // 3 spans against 5, 2 pairs: P = 2/5, R = 2/3, F1 = 2PR/(P + R) = 2·2/(3 + 5) = 0.5.
    expect(f1Score({ matches: 2, first: 3, second: 5 }).value).toBe(0.5);
    expect(f1Score({ matches: 0, first: 0, second: 4 }).value).toBe(0);
    expect(f1Score({ matches: 0, first: 0, second: 0 })).toEqual({
      value: null,
      reason: 'no spans by either annotator',
    });
  });
});
