// A date value as an interval of the time axis: [from, to) in day numbers (days since 1970-01-01,
// app/dates/calendar.ts). A day covers one day, a month, week or year all its days, an interval
// from the first day of its start to the last day of its end; a minute is a point inside its day.

import { dayFromNumber, dayNumber, formatCalendarDay } from '../dates/calendar.ts';
import { parseDateValue, pointDays, type DatePoint } from '../dates/date-value.ts';
import type { DateValue } from '../model/date-value.ts';

const MINUTES_PER_DAY = 24 * 60;

/** The interval a value covers, or null when the text is not a value of the grammar. */
export function dateValueSpan(value: DateValue): { from: number; to: number } | null {
  const parsed = parseDateValue(value);
  if (!parsed.ok) return null;
  const end = parsed.end ?? parsed.start;
  return { from: startOf(parsed.start), to: endOf(end) };
}

function startOf(point: DatePoint): number {
  if (point.precision === 'minute')
    return dayNumber(point) + (point.hour * 60 + point.minute) / MINUTES_PER_DAY;
  return dayNumber(pointDays(point).first);
}

function endOf(point: DatePoint): number {
  if (point.precision === 'minute') return startOf(point) + 1 / MINUTES_PER_DAY;
  return dayNumber(pointDays(point).last) + 1;
}

/** The first and last calendar day (`YYYY-MM-DD`, inclusive) of an interval [from, to). */
export function spanDays(from: number, to: number): { first: string; last: string } {
  return {
    first: formatCalendarDay(dayFromNumber(Math.floor(from))),
    last: formatCalendarDay(dayFromNumber(Math.max(Math.floor(from), Math.ceil(to) - 1))),
  };
}
