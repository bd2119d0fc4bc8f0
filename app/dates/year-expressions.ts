// Year expressions chrono-node does not read: a bare year ("in 2019", "since 1992"), a span of
// years ("1992-94", "from 2009 to 2014", "between 1994 and 2020") and a decade ("the 1990s").
// Each is read only when it is unambiguous: a two-digit decade ("the '90s") names no century,
// and "1994 and 2020" is two years, not a span, unless "between" says so.

import type { DatePoint } from './date-value.ts';
import { withoutLeadingSignals } from './signal-words.ts';

export interface YearSpan {
  readonly start: DatePoint;
  readonly end: DatePoint | null;
}

// Four-digit numbers outside these years are far likelier to be counts ("1200 troops") than
// years in the news reports Marginalia annotates.
const FIRST_YEAR = 1000;
const LAST_YEAR = 2999;

function year(value: number): DatePoint {
  return { precision: 'year', year: value };
}

function plausible(value: number): boolean {
  return value >= FIRST_YEAR && value <= LAST_YEAR;
}

/** "1992-94": the end takes the start's century and must come after it. */
function spanOfYears(first: string, last: string): YearSpan | null {
  const start = Number(first);
  const end = last.length === 2 ? Math.floor(start / 100) * 100 + Number(last) : Number(last);
  if (!plausible(start) || !plausible(end) || end <= start) return null;
  return { start: year(start), end: year(end) };
}

/** True for "2010-11": ISO's November 2010, but also the span 2010–2011 as news write it. */
export function isAlsoSpanOfYears(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match !== null && spanOfYears(match[1], match[2]) !== null;
}

/** The year, span of years or decade an expression names, or null if it names none of them. */
export function readYearExpression(expression: string): YearSpan | null {
  const text = withoutLeadingSignals(expression.trim().replace(/\s+/g, ' ')).replace(
    /[\s.,;:!?)\]"”’]+$/u,
    '',
  );

  const single = /^(\d{4})$/.exec(text);
  if (single)
    return plausible(Number(single[1])) ? { start: year(Number(single[1])), end: null } : null;

  const dashed = /^(\d{4}) ?([-–—]) ?(\d{4}|\d{2})$/.exec(text);
  if (dashed) {
    // "2010-11" with a hyphen is also how ISO writes November 2010: no value rather than a guess.
    if (dashed[2] === '-' && /^(?:0[1-9]|1[0-2])$/.test(dashed[3])) return null;
    return spanOfYears(dashed[1], dashed[3]);
  }

  const worded =
    /^(\d{4}) (?:to|until|till|through) (\d{4})$/i.exec(text) ??
    /^between (\d{4}) and (\d{4})$/i.exec(text);
  if (worded) return spanOfYears(worded[1], worded[2]);

  const decade = /^(\d{3})0['’]?s$/.exec(text);
  if (decade) {
    const first = Number(decade[1]) * 10;
    return plausible(first) ? { start: year(first), end: year(first + 9) } : null;
  }
  return null;
}
