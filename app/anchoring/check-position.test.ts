import { describe, expect, it } from 'vitest';
import { checkPosition } from './check-position.ts';

describe('checkPosition', () => {
  it('accepts whole offsets inside the text, start before end', () => {
    expect(checkPosition({ start: 3, end: 10 }, 10)).toEqual({ kind: 'usable', start: 3, end: 10 });
  });

  it('reports no offsets when neither is given', () => {
    expect(checkPosition({ quote: 'Baku' }, 10)).toEqual({ kind: 'absent' });
  });

  it.each([
    [{ start: 10, end: 5 }, 'offsets 10–5 are reversed', 10],
    [{ start: 5, end: 5 }, 'offsets 5–5 select no text', 5],
    [{ start: 100, end: 140 }, 'offsets 100–140 go beyond the end of the text (length 120)', 100],
    [{ start: 110, end: 121 }, 'offsets 110–121 go beyond the end of the text (length 120)', 110],
    [{ start: -1, end: 5 }, 'offsets -1–5 are negative', 0],
    [{ start: 1.5, end: 3 }, 'offsets 1.5–3 are not whole numbers', 1.5],
    [{ start: 0, end: Number.NaN }, 'offsets 0–NaN are not whole numbers', 0],
    [{ start: 0, end: Infinity }, 'offsets 0–Infinity are not whole numbers', 0],
    [{ start: 10 }, 'only a start offset (10) is given', 10],
    [{ end: 12 }, 'only an end offset (12) is given', undefined],
  ])('says why %o cannot be used', (selector, reason, hint) => {
    const check = checkPosition(selector, 120);
    expect(check).toEqual(
      hint === undefined ? { kind: 'unusable', reason } : { kind: 'unusable', reason, hint },
    );
  });

  it('keeps a start beyond the text as a hint at its end', () => {
    expect(checkPosition({ start: 500, end: 510 }, 120)).toMatchObject({ hint: 120 });
  });

  it('describes a value that is not a number without throwing', () => {
    const selector = { start: '3', end: 5 } as unknown as { start: number; end: number };
    expect(checkPosition(selector, 10)).toEqual({
      kind: 'unusable',
      reason: 'offsets "3"–5 are not whole numbers',
    });
  });
});
