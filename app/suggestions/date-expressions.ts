// Date expressions found in a document's text, for suggestions (issue 10): every phrase the date
// parser (chrono-node, as for proposed values) reads as a date, with the value it proposes
// against the publication date, or null when the text alone does not determine one. Offsets are
// code points, end-exclusive, like every annotation's.

import { casual } from 'chrono-node/en';
import { proposeDateValue } from '../dates/propose-date-value.ts';
import { checkPublishedAt } from '../dates/date-value.ts';
import type { DateValue } from '../model/date-value.ts';
import { codePoints, utf16, type CodePointOffset } from '../model/offsets.ts';
import { CodePointIndex, codePointLength } from '../text/code-points.ts';

export interface DateExpression {
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  value: DateValue | null;
}

// What chrono also reads as a date but an analyst would not tag as one: bare words of the moment
// ("now"; "today" is kept: news reports date by it).
const NOT_A_DATE = /^(?:now|then|soon|recently|later|earlier)$/i;
// A length of time ("48 hours", "three days") is not a point on the calendar.
const DURATION =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;
const LEADING_PREPOSITION = /^(?:on|in|at|since|from|by|until|till|during|before|after)\s+/i;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

/** The date expressions of `text`, in order, each with its proposed value. */
export function findDateExpressions(text: string, publishedAt?: string): DateExpression[] {
  const found: DateExpression[] = [];
  // Line by line: a date never spans a line break, and chrono over a whole 1 MB text took 5.4 s
  // against 0.26 s for its 1,600 lines one at a time (its patterns rescan what follows a match).
  let lineStart = 0;
  for (const line of text.split('\n')) {
    found.push(...findDateExpressionsInLine(line, codePoints(lineStart), publishedAt));
    lineStart += codePointLength(line) + 1;
  }
  return found;
}

/** The date expressions of one line of a text, with offsets from `lineStart` (its first code point). */
export function findDateExpressionsInLine(
  line: string,
  lineStart: CodePointOffset,
  publishedAt?: string,
): DateExpression[] {
  const reference =
    publishedAt !== undefined && checkPublishedAt(publishedAt) === null
      ? new Date(`${publishedAt}T12:00:00Z`)
      : new Date('2000-06-15T12:00:00Z');
  const index = new CodePointIndex(line);
  const found: DateExpression[] = [];
  for (const result of casual.parse(line, reference)) {
    // chrono takes in a leading preposition ("on 3 May") and a trailing comma; a date annotation
    // is the expression alone.
    const quote = result.text
      .trim()
      .replace(LEADING_PREPOSITION, '')
      .replace(TRAILING_PUNCTUATION, '');
    if (quote.length < 3 || NOT_A_DATE.test(quote) || DURATION.test(quote)) continue;
    const from = result.index + result.text.indexOf(quote);
    const sentence = sentenceAround(line, from, from + quote.length);
    found.push({
      start: codePoints(lineStart + index.toCodePoint(utf16(from))),
      end: codePoints(lineStart + index.toCodePoint(utf16(from + quote.length))),
      quote,
      value: proposeDateValue(quote, publishedAt, { sentence }),
    });
  }
  return found;
}

/** The sentence holding [from, to): up to the nearest full stop, question or exclamation mark, or line break. */
function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return text.slice(start, end);
}
