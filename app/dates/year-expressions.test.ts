import { describe, expect, it } from 'vitest';
import { formatDatePoint } from './date-value.ts';
import { readYearExpression } from './year-expressions.ts';

function read(expression: string): string | null {
  const span = readYearExpression(expression);
  if (!span) return null;
  return span.end
    ? `${formatDatePoint(span.start)}/${formatDatePoint(span.end)}`
    : formatDatePoint(span.start);
}

describe('readYearExpression', () => {
  it.each([
    ['2019', '2019'],
    ['in 2019', '2019'],
    ['since 1992,', '1992'],
    ['mid-2023', '2023'],
    ['until\u00a02014', '2014'],
    ['1992-94', '1992/1994'],
    ['1992–1994', '1992/1994'],
    ['2010–11', '2010/2011'],
    ['from 2009 to 2014', '2009/2014'],
    ['between 1994 and 2020', '1994/2020'],
    ['the 1990s', '1990/1999'],
    ['the 1990’s', '1990/1999'],
  ])('reads %j as %s', (expression, value) => {
    expect(read(expression)).toBe(value);
  });

  it.each([
    // November 2010 in ISO's writing, or the span 2010–2011.
    '2010-11',
    // Two years, not a span, without "between".
    '1994 and 2020',
    // The end before the start, or a century the text does not name.
    '2020-2019',
    '1998-02',
    "the '90s",
    // Counts rather than years, and words that change the period.
    '0800',
    '1200 troops',
    'the war of 2020',
    'before the 2018 revolution',
  ])('reads nothing in %j', (expression) => {
    expect(read(expression)).toBeNull();
  });
});
