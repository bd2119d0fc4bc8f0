import { describe, expect, it } from 'vitest';
import { corpusReport } from '../test-support/corpus.ts';
import { sliceByCodePoints } from '../text/code-points.ts';
import { findDateExpressions } from './date-expressions.ts';

const report = corpusReport;

describe('findDateExpressions', () => {
  it('finds the date expressions of a corpus report, with values against its publication date', () => {
    const text = report('000_');
    const found = findDateExpressions(text, '2020-10-26');
    const byQuote = new Map(found.map((expression) => [expression.quote, expression.value]));
    expect(byQuote.get('last Friday')).toBe('2020-10-23');
    expect(byQuote.get('October 10')).toBe('2020-10-10');
    expect(byQuote.get('October 17')).toBe('2020-10-17');
    // "after 48 hours" is a length of time, not a date.
    expect(byQuote.has('48 hours')).toBe(false);
    // Offsets are code points and the quote is the text between them.
    for (const expression of found)
      expect(sliceByCodePoints(text, expression.start, expression.end)).toBe(expression.quote);
  });

  it('counts offsets in code points after astral characters', () => {
    const [found] = findDateExpressions('🕊️ Talks resumed on 3 May 2024.', '2024-05-10');
    expect(found).toMatchObject({ start: 20, end: 30, quote: '3 May 2024', value: '2024-05-03' });
  });

  it('gives no value where the text alone does not determine one, without a publication date', () => {
    const found = findDateExpressions('The ministers met last Friday, and again in March 2021.');
    expect(found.map(({ quote, value }) => [quote, value])).toEqual([
      ['last Friday', null],
      ['March 2021', '2021-03'],
    ]);
  });
});
