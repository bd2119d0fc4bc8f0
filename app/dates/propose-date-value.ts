// The value proposed when an analyst tags a date expression (issue 8, "Date values"): the
// expression read by chrono-node against the publication date, at the precision the text gives,
// or null when it cannot be read without guessing. The analyst confirms or edits the proposal.

import { casual, type ParsedResult } from 'chrono-node/en';
import type { DateValue } from '../model/date-value.ts';
import { dayNumber, isoWeekOf, type CalendarDay } from './calendar.ts';
import {
  checkPublishedAt,
  formatDatePoint,
  isDateValue,
  parseDateValue,
  pointDays,
  type DatePoint,
} from './date-value.ts';
import { readChronoResult, type SideReading } from './read-chrono-result.ts';
import { isSignalWord, withoutLeadingSignals, wordsOf } from './signal-words.ts';
import { isAlsoSpanOfYears, readYearExpression } from './year-expressions.ts';

/** What the text around the expression tells, when the caller knows it. */
export interface ProposalContext {
  /** The sentence holding the expression: "will" or "next" there make a bare month look forward. */
  readonly sentence?: string;
}

// A date expression is a phrase; a longer selection holds several dates or none.
const LONGEST_EXPRESSION = 200;

const FUTURE_CUE = /\b(?:will|shall|won['’]t|going to|next|coming|upcoming)\b|\w['’]ll\b/i;

// Reference days for an expression read without a publication date: what reads the same
// against both depends on the text alone, which is all that may get a value then.
const DISTANT_PAST: CalendarDay = { year: 1900, month: 6, day: 15 };
const DISTANT_FUTURE: CalendarDay = { year: 2100, month: 6, day: 15 };

/**
 * The value of a date expression, resolved against the publication date (`YYYY-MM-DD`; a
 * malformed one counts as none): "October 2020" → `2020-10`, "last Friday" → a day, "last
 * week" → an ISO week. Null when the text does not determine one.
 */
export function proposeDateValue(
  expression: string,
  publishedAt?: string,
  context: ProposalContext = {},
): DateValue | null {
  const text = expression.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > LONGEST_EXPRESSION) return null;
  const future = FUTURE_CUE.test(text) || FUTURE_CUE.test(context.sentence ?? '');
  if (publishedAt !== undefined && checkPublishedAt(publishedAt) === null) {
    const [year, month, day] = publishedAt.split('-').map(Number);
    return resolve(text, { year, month, day }, future);
  }
  const early = resolve(text, DISTANT_PAST, future);
  return early !== null && early === resolve(text, DISTANT_FUTURE, future) ? early : null;
}

function resolve(text: string, reference: CalendarDay, future: boolean): DateValue | null {
  // A value already written as the grammar writes it ("since 2020-10"), which chrono reads as
  // a day or not at all. A bare year goes through the year rules, which weigh plausibility.
  const bare = withoutLeadingSignals(text);
  if (bare.includes('-') && isDateValue(bare)) return isAlsoSpanOfYears(bare) ? null : bare;
  const years = readYearExpression(text);
  if (years) return compose(years.start, years.end);

  const results = casual.parse(text, referenceInstant(reference));
  if (results.length !== 1) return null;
  const [result] = results;
  const modifier = leftoverModifier(text, result);
  if (modifier === null || !trustworthy(result)) return null;

  if (/\bweeks?\b/i.test(result.text)) {
    if (modifier !== 'none' || result.end) return null;
    return compose({ precision: 'week', ...isoWeekOf(weekDay(result, reference)) }, null);
  }
  const sides = readChronoResult(result, { reference, future });
  if (!sides) return null;
  const [start, end] = sides;
  // "last" or "next" only say which year an undated month or day falls in.
  if (modifier !== 'none' && start.year !== null) return null;
  const startYear = start.year ?? yearOfUndated(start, end, reference, modifier, future);
  if (!end) return compose(toPoint(start, startYear), null);
  // "December 28 to January 3": an undated end that comes earlier in the year is the next year's.
  const endYear = end.year ?? startYear + (sortKey(end) < sortKey(start) ? 1 : 0);
  return compose(toPoint(start, startYear), toPoint(end, endYear));
}

/** chrono reads in the machine's time zone; noon keeps the day whatever that zone is. */
function referenceInstant({ year, month, day }: CalendarDay): Date {
  const instant = new Date(2000, 0, 1, 12);
  instant.setFullYear(year, month - 1, day);
  return instant;
}

type Modifier = 'last' | 'next' | 'this' | 'none';

/**
 * What the expression says beside the part chrono read: signal words are fine; "last", "next"
 * or "this" before a month name chrono ignores ("last December" comes back as "December"); any
 * other word changes the meaning ("the week after October 10"), so null.
 */
function leftoverModifier(text: string, result: ParsedResult): Modifier | null {
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`;
  let modifier: Modifier = 'none';
  for (const word of wordsOf(rest)) {
    if (isSignalWord(word)) continue;
    if (modifier !== 'none' || !['last', 'next', 'this'].includes(word)) return null;
    modifier = word as Modifier;
  }
  return modifier;
}

/** Refuses readings chrono makes from words that do not name a date of the calendar. */
function trustworthy(result: ParsedResult): boolean {
  const tags = result.tags();
  // "after 48 hours": hours counted from the publication instant, whose time is unknown (and
  // news counts them from the event told, not from publication).
  if (tags.has('result/relativeDateAndTime')) return false;
  // A span counted from the reference is meant only with "ago" or this/last/next; chrono also
  // reads "One year after", "3 days later" (from the event told) and "In the months".
  if (
    tags.has('result/relativeDate') &&
    !/\bago\b|\b(?:this|last|next) (?:week|month|year)\b/i.test(result.text)
  ) {
    return false;
  }
  // "10/11/2020" is 11 October or 10 November depending on the writer's country.
  const slashed = /(\d{1,2})[/.](\d{1,2})/.exec(result.text);
  if (tags.has('parser/SlashDateFormatParser') && slashed) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    if (first <= 12 && second <= 12 && first !== second) return false;
  }
  return true;
}

/** The day whose ISO week a week expression names. */
function weekDay(result: ParsedResult, reference: CalendarDay): CalendarDay {
  // chrono's "this week" is the Sunday that begins a US week, which lies in the previous ISO
  // week when the reference is a weekday; the ISO week is the reference's own.
  if (/\bthis week\b/i.test(result.text)) return reference;
  const start = result.start;
  return {
    year: start.get('year') ?? 0,
    month: start.get('month') ?? 0,
    day: start.get('day') ?? 0,
  };
}

/** Orders month/day readings within a year. */
function sortKey(side: SideReading): number {
  return side.precision === 'year'
    ? 0
    : side.month * 100 + (side.precision === 'month' ? 0 : side.day);
}

/**
 * The year of a month or day the text gave without one: the publication year, moved a year back
 * when that would lie after the publication date, since news reports tell the past (HeidelTime's
 * news rule), or forward when the sentence speaks of the future and it would lie before.
 * "last"/"next" December: the closest December wholly before/after the publication date.
 */
function yearOfUndated(
  start: SideReading,
  end: SideReading | undefined,
  reference: CalendarDay,
  modifier: Modifier,
  future: boolean,
): number {
  if (end?.year != null) return end.year - (sortKey(start) > sortKey(end) ? 1 : 0);
  const year = reference.year;
  const { first, last } = pointDays(toPoint(start, year));
  const today = dayNumber(reference);
  switch (modifier) {
    case 'this':
      return year;
    case 'last':
      return dayNumber(last) >= today ? year - 1 : year;
    case 'next':
      return dayNumber(first) <= today ? year + 1 : year;
    case 'none':
      if (future) return dayNumber(last) < today ? year + 1 : year;
      return dayNumber(first) > today ? year - 1 : year;
  }
}

function toPoint(side: SideReading, year: number): DatePoint {
  switch (side.precision) {
    case 'year':
      return side;
    case 'month':
      return { precision: 'month', year, month: side.month };
    case 'day':
      return { precision: 'day', year, month: side.month, day: side.day };
    case 'minute':
      return { ...side, year };
  }
}

/** Every proposal goes through the grammar, so none can be a value the field would refuse. */
function compose(start: DatePoint, end: DatePoint | null): DateValue | null {
  const text = end ? `${formatDatePoint(start)}/${formatDatePoint(end)}` : formatDatePoint(start);
  const parsed = parseDateValue(text);
  return parsed.ok ? parsed.value : null;
}
