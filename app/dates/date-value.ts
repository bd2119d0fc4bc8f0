// The value grammar of a date annotation (issue 8, "Date values"): the one place it lives. The
// dataset reader, the Value field and the CLI all call parseDateValue, so a value one of them
// accepts, the others accept too. ISO 8601 at the precision the text gives, as TIMEX3 writes it:
// year `2020`, month `2020-10`, day `2020-10-26`, ISO week `2020-W43`, minute `2020-10-26T08:00`,
// or an interval `A/B` of two of these.

import type { DateValue } from '../model/date-value.ts';
import {
  MONTH_NAMES,
  addDays,
  daysInMonth,
  formatCalendarDay,
  isoWeeksInYear,
  mondayOfIsoWeek,
  pad,
  type CalendarDay,
} from './calendar.ts';

export type DatePrecision = 'year' | 'month' | 'week' | 'day' | 'minute';

/** One side of a value: a period of the calendar at one precision. */
export type DatePoint =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'week'; readonly year: number; readonly week: number }
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
    }
  | {
      readonly precision: 'minute';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly hour: number;
      readonly minute: number;
    };

/** An accepted value; `end` is null unless the value is an interval. */
export interface ParsedDateValue {
  readonly ok: true;
  readonly value: DateValue;
  readonly precision: DatePrecision | 'interval';
  readonly start: DatePoint;
  readonly end: DatePoint | null;
}

export interface DateValueRefusal {
  readonly ok: false;
  readonly message: string;
}

/** The allowed forms, ending every refusal so that the analyst sees what to type instead. */
export const DATE_VALUE_FORMS =
  'a year (2020), a month (2020-10), a day (2020-10-26), an ISO week (2020-W43), ' +
  'a minute (2020-10-26T08:00) or an interval of two of these (2020-10-10/2020-10-17)';

function refuse(problem: string): DateValueRefusal {
  return { ok: false, message: `${problem}; expected ${DATE_VALUE_FORMS}.` };
}

const FORMS: readonly [RegExp, (digits: number[]) => DatePoint][] = [
  [/^(\d{4})$/, ([year]) => ({ precision: 'year', year })],
  [/^(\d{4})-(\d{2})$/, ([year, month]) => ({ precision: 'month', year, month })],
  [/^(\d{4})-W(\d{2})$/, ([year, week]) => ({ precision: 'week', year, week })],
  [/^(\d{4})-(\d{2})-(\d{2})$/, ([year, month, day]) => ({ precision: 'day', year, month, day })],
  [
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/,
    ([year, month, day, hour, minute]) => ({ precision: 'minute', year, month, day, hour, minute }),
  ],
];

/** Reads one side of a value; a string is the specific problem (without the list of forms). */
function readPoint(text: string): DatePoint | string {
  for (const [pattern, build] of FORMS) {
    const match = pattern.exec(text);
    if (match) {
      const point = build(match.slice(1).map(Number));
      return pointProblem(text, point) ?? point;
    }
  }
  return text === '' ? 'a side of the interval is empty' : `“${text}” is not a date value`;
}

/** What is wrong with well-formed digits that name no period of the calendar, if anything. */
function pointProblem(text: string, point: DatePoint): string | null {
  if (point.year < 1) return `${text}: years run from 0001 to 9999`;
  if (point.precision === 'year') return null;
  if (point.precision === 'week') {
    const weeks = isoWeeksInYear(point.year);
    if (point.week >= 1 && point.week <= weeks) return null;
    return point.week === 53
      ? `${text} is not an ISO week: ${pad(point.year, 4)} has only 52 weeks`
      : `${text} is not an ISO week: weeks run from W01 to W${weeks} in ${pad(point.year, 4)}`;
  }
  if (point.month < 1 || point.month > 12) {
    return `${text}: there is no month ${pad(point.month, 2)} (months run from 01 to 12)`;
  }
  if (point.precision === 'month') return null;
  const length = daysInMonth(point.year, point.month);
  if (point.day < 1 || point.day > length) {
    const monthName = `${MONTH_NAMES[point.month - 1]} ${pad(point.year, 4)}`;
    return `${text.slice(0, 10)} is not a day of the calendar (${monthName} has ${length} days)`;
  }
  if (point.precision === 'day') return null;
  if (point.hour > 23) return `${text}: hours run from 00 to 23`;
  if (point.minute > 59) return `${text}: minutes run from 00 to 59`;
  return null;
}

/**
 * Checks a value against the grammar. Surrounding whitespace is trimmed; nothing else is
 * tolerated (no lower-case `w`, no seconds, no time zone, no spaces around `/`).
 */
export function parseDateValue(text: string): ParsedDateValue | DateValueRefusal {
  const value = text.trim();
  if (value === '') return refuse('the date value is empty');
  const sides = value.split('/');
  if (sides.length > 2) return refuse(`“${value}” has more than one “/”`);
  const points = sides.map(readPoint);
  const problem = points.find((point) => typeof point === 'string');
  if (problem !== undefined) return refuse(problem);
  const [start, end] = points as DatePoint[];
  if (end && pointSpan(end).last < pointSpan(start).first) {
    return refuse(`${value}: the interval ends (${sides[1]}) before it begins (${sides[0]})`);
  }
  return {
    ok: true,
    value: value as DateValue,
    precision: end ? 'interval' : start.precision,
    start,
    end: end ?? null,
  };
}

/** True when `text` is exactly an accepted value (no surrounding whitespace either). */
export function isDateValue(text: string): text is DateValue {
  const parsed = parseDateValue(text);
  return parsed.ok && parsed.value === text;
}

/** A document's publication date must be one calendar day, `YYYY-MM-DD`: null when it is. */
export function checkPublishedAt(text: string): string | null {
  const expected = 'expected a calendar day written YYYY-MM-DD (2020-10-26)';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return `“${text}” is not a publication date; ${expected}.`;
  }
  const problem = pointProblem(text, readDigits(text));
  return problem === null ? null : `${problem}; ${expected}.`;
}

function readDigits(day: string): DatePoint {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return { precision: 'day', year, month, day: dayOfMonth };
}

/** Writes a point in its ISO form; it does not check that the point exists (parse does). */
export function formatDatePoint(point: DatePoint): string {
  const year = pad(point.year, 4);
  switch (point.precision) {
    case 'year':
      return year;
    case 'month':
      return `${year}-${pad(point.month, 2)}`;
    case 'week':
      return `${year}-W${pad(point.week, 2)}`;
    case 'day':
      return formatCalendarDay(point);
    case 'minute':
      return `${formatCalendarDay(point)}T${pad(point.hour, 2)}:${pad(point.minute, 2)}`;
  }
}

/** First and last day a point covers. */
export function pointDays(point: DatePoint): { first: CalendarDay; last: CalendarDay } {
  switch (point.precision) {
    case 'year':
      return {
        first: { year: point.year, month: 1, day: 1 },
        last: { year: point.year, month: 12, day: 31 },
      };
    case 'month':
      return {
        first: { year: point.year, month: point.month, day: 1 },
        last: { ...point, day: daysInMonth(point.year, point.month) },
      };
    case 'week': {
      const monday = mondayOfIsoWeek(point.year, point.week);
      return { first: monday, last: addDays(monday, 6) };
    }
    case 'day':
    case 'minute':
      return { first: point, last: point };
  }
}

/** First and last minute a point covers, `YYYY-MM-DDTHH:MM`, comparable as strings. */
function pointSpan(point: DatePoint): { first: string; last: string } {
  if (point.precision === 'minute') {
    const minute = formatDatePoint(point);
    return { first: minute, last: minute };
  }
  const { first, last } = pointDays(point);
  return { first: `${formatCalendarDay(first)}T00:00`, last: `${formatCalendarDay(last)}T23:59` };
}

function parsedOrThrow(value: DateValue): ParsedDateValue {
  const parsed = parseDateValue(value);
  // A DateValue comes from parseDateValue, so this only fires on a value forged with `as`.
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
}

/** First and last day (YYYY-MM-DD) the value covers: what a timeline sorts and compares. */
export function dateValueBounds(value: DateValue): { first: string; last: string } {
  const { start, end } = parsedOrThrow(value);
  return {
    first: formatCalendarDay(pointDays(start).first),
    last: formatCalendarDay(pointDays(end ?? start).last),
  };
}

function describePoint(point: DatePoint): string {
  const year = String(point.year);
  switch (point.precision) {
    case 'year':
      return year;
    case 'month':
      return `${MONTH_NAMES[point.month - 1]} ${year}`;
    case 'week':
      return `week ${point.week} of ${year}`;
    case 'day':
      return `${point.day} ${MONTH_NAMES[point.month - 1]} ${year}`;
    case 'minute':
      return `${point.day} ${MONTH_NAMES[point.month - 1]} ${year}, ${pad(point.hour, 2)}:${pad(point.minute, 2)}`;
  }
}

/** How a reader sees a value: `26 October 2020`, `week 43 of 2020`, `10–17 October 2020`. */
export function describeDateValue(value: DateValue): string {
  const { start, end } = parsedOrThrow(value);
  if (!end || formatDatePoint(start) === formatDatePoint(end)) return describePoint(start);
  // An interval within one year (or one month) names that year (and month) once, as an
  // English writer would; anything else spells out both sides.
  if (start.precision === end.precision && start.year === end.year) {
    if (start.precision === 'month' && end.precision === 'month') {
      return `${MONTH_NAMES[start.month - 1]}–${describePoint(end)}`;
    }
    if (start.precision === 'day' && end.precision === 'day') {
      if (start.month === end.month) return `${start.day}–${describePoint(end)}`;
      return `${start.day} ${MONTH_NAMES[start.month - 1]} – ${describePoint(end)}`;
    }
  }
  if (start.precision === 'year' && end.precision === 'year') return `${start.year}–${end.year}`;
  return `${describePoint(start)} – ${describePoint(end)}`;
}
