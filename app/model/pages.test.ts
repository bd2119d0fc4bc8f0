import { describe, expect, it } from 'vitest';
import { pageOf, pageStartsProblem } from './pages.ts';

describe('pageOf', () => {
  const starts = [0, 120, 120, 300];
  it('finds the page holding an offset, from 1', () => {
    expect(pageOf(starts, 0)).toBe(1);
    expect(pageOf(starts, 119)).toBe(1);
    expect(pageOf(starts, 299)).toBe(3); // page 2 is empty: its start is page 3's
    expect(pageOf(starts, 300)).toBe(4);
    expect(pageOf(starts, 10_000)).toBe(4);
  });

  it('agrees with a linear scan on every offset', () => {
    const many = [0, 3, 3, 7, 8, 8, 8, 20];
    for (let offset = 0; offset < 25; offset++) {
      const expected = many.findLastIndex((start) => start <= offset) + 1;
      expect(pageOf(many, offset)).toBe(expected);
    }
  });
});

describe('pageStartsProblem', () => {
  it('accepts starts in order within the text, empty pages included', () => {
    expect(pageStartsProblem([0, 5, 5, 9], 9)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(pageStartsProblem([1, 5], 9)).toBe('expected the first page to start at 0, found 1');
    expect(pageStartsProblem([0, 5, 4], 9)).toMatch(/page 3 at 4 before page 2 at 5/);
    expect(pageStartsProblem([0, 12], 9)).toMatch(/within the text \(9 code points\)/);
  });
});
