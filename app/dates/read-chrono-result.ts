// Turns one chrono-node result into the periods the text names, at the precision the text
// gives. chrono returns points in time and fills what the text left out from the reference
// ("October 2020" comes back as 1 October 2020, 12:00); its `isCertain(component)` says which
// parts the text gave, and only those set the precision here.

import type { Component, ParsedResult } from 'chrono-node/en';
import { addDays, isoWeekday, type CalendarDay } from './calendar.ts';

/** A side of a proposed value; `year` is null when the text named a month or day but no year. */
export type SideReading =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number | null; readonly month: number }
  | {
      readonly precision: 'day' | 'minute';
      readonly year: number | null;
      readonly month: number;
      readonly day: number;
      readonly hour: number;
      readonly minute: number;
    };

export interface ReadingContext {
  /** The publication date the text is read against. */
  readonly reference: CalendarDay;
  /** The sentence speaks of the future ("will", "next"): bare weekdays look forward. */
  readonly future: boolean;
}

// A clock time in the text itself ("8:00", "08.30", "8 a.m."). chrono also sets an hour for
// "morning" or "noon", but that is a part of the day, not a minute, so it keeps day precision.
const CLOCK_TIME = /\d{1,2}[:.]\d{2}|\d\s?[ap]\.?\s?m\b/i;

// "Friday" alone, without "this", "last" or "next": chrono picks the closest Friday, which may
// lie after the publication date; news reports speak of the past (HeidelTime's rule), so the
// Friday on or before the publication date is meant, unless the sentence is in the future.
const WEEKDAY_MODIFIER = /\b(?:this|last|next|past|previous|coming)\b/i;

function weekdayNearReference(context: ReadingContext, weekday: number): CalendarDay {
  const target = weekday === 0 ? 7 : weekday; // chrono counts Sunday as 0, ISO as 7
  const current = isoWeekday(context.reference);
  return context.future
    ? addDays(context.reference, (target - current + 7) % 7)
    : addDays(context.reference, -((current - target + 7) % 7));
}

function readSide(
  components: ParsedResult['start'],
  text: string,
  context: ReadingContext,
): SideReading | null {
  const certain = (name: Component) => components.isCertain(name);
  const value = (name: Component) => components.get(name) ?? 0;
  const precision = CLOCK_TIME.test(text) && certain('hour') ? 'minute' : 'day';
  const time = { hour: value('hour'), minute: value('minute') };

  if (certain('weekday') && !certain('day')) {
    // The day comes from the reference: "last Friday", "Sunday night".
    const weekday = value('weekday');
    const day = WEEKDAY_MODIFIER.test(text)
      ? { year: value('year'), month: value('month'), day: value('day') }
      : weekdayNearReference(context, weekday);
    return { precision, ...day, ...time };
  }
  const year = certain('year') ? value('year') : null;
  if (certain('day') && certain('month')) {
    return { precision, year, month: value('month'), day: value('day'), ...time };
  }
  if (certain('day')) return null; // a day of no named month ("the 26th")
  if (certain('month')) return { precision: 'month', year, month: value('month') };
  if (year !== null) return { precision: 'year', year };
  return null;
}

/** The sides a result names (one, or two for a range), or null if a side names nothing. */
export function readChronoResult(
  result: ParsedResult,
  context: ReadingContext,
): [SideReading] | [SideReading, SideReading] | null {
  const start = readSide(result.start, result.text, context);
  if (!start) return null;
  if (!result.end) return [start];
  const end = readSide(result.end, result.text, context);
  return end ? [start, end] : null;
}
