import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spansClickedAt, spansOverlapping, type Span } from './spans-overlapping.ts';

const bySpan = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

describe('spansOverlapping', () => {
  it('finds the spans sharing a position with the range, in list order', () => {
    const sorted = [
      { start: 0, end: 3 },
      { start: 2, end: 10 },
      { start: 4, end: 5 },
      { start: 6, end: 7 },
    ];
    expect(spansOverlapping(sorted, 8, 4, 6)).toEqual([sorted[1], sorted[2]]);
    expect(spansOverlapping(sorted, 8, 3, 4)).toEqual([sorted[1]]);
    expect(spansOverlapping(sorted, 8, 10, 12)).toEqual([]);
  });

  it('gives what a scan of every span gives', () => {
    const span = fc
      .tuple(fc.nat(200), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 60 }),
        fc.nat(230),
        fc.integer({ min: 1, max: 40 }),
        (spans, start, length) => {
          const sorted = [...spans].sort(bySpan);
          const maxLength = Math.max(0, ...sorted.map((s) => s.end - s.start));
          const end = start + length;
          expect(spansOverlapping(sorted, maxLength, start, end)).toEqual(
            sorted.filter((s) => s.start < end && s.end > start),
          );
        },
      ),
    );
  });
});

describe('spansClickedAt', () => {
  const spans = [
    { start: 2, end: 5 },
    { start: 5, end: 9 },
    { start: 12, end: 14 },
  ];
  const at = (offset: number) => spans.filter((span) => span.start <= offset && offset < span.end);

  it('means the span to the right of the caret, or one ending right at it', () => {
    expect(spansClickedAt(5, at)).toEqual([spans[1]]);
    expect(spansClickedAt(14, at)).toEqual([spans[2]]);
    expect(spansClickedAt(10, at)).toEqual([]);
    expect(spansClickedAt(0, at)).toEqual([]);
  });
});
