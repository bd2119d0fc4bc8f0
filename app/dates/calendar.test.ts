import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayFromNumber,
  dayNumber,
  daysInMonth,
  isoWeekOf,
  isoWeeksInYear,
  isoWeekday,
  mondayOfIsoWeek,
} from './calendar.ts';

const anyDay = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInMonth(year, month) }),
    }),
  );

/** The same day in JavaScript's own (proleptic Gregorian, UTC) calendar, as an oracle. */
function utcDate({ year, month, day }: { year: number; month: number; day: number }): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 1–99 as they are
  return date;
}

describe('calendar arithmetic', () => {
  it('counts days as JavaScript does, and back', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(dayNumber(day)).toBe(utcDate(day).getTime() / 86_400_000);
        expect(dayFromNumber(dayNumber(day))).toEqual(day);
      }),
    );
  });

  it('puts every day in the ISO week whose Thursday lies in the week-year', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const { year, week } = isoWeekOf(day);
        const monday = mondayOfIsoWeek(year, week);
        expect(isoWeekday(monday)).toBe(1);
        expect(utcDate(monday).getUTCDay()).toBe(1);
        expect(dayNumber(day) - dayNumber(monday)).toBeGreaterThanOrEqual(0);
        expect(dayNumber(day) - dayNumber(monday)).toBeLessThan(7);
        expect(dayFromNumber(dayNumber(monday) + 3).year).toBe(year);
        expect(week).toBeLessThanOrEqual(isoWeeksInYear(year));
      }),
    );
  });

  it('knows which years have a week 53', () => {
    // 2015 and 2026 begin on a Thursday; 2020 is leap and begins on a Wednesday.
    expect([2015, 2020, 2021, 2023, 2026].map(isoWeeksInYear)).toEqual([53, 53, 52, 52, 53]);
    expect(isoWeekOf({ year: 2021, month: 1, day: 1 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  });

  it('follows the leap-year rules of the Gregorian calendar', () => {
    expect([1900, 2000, 2020, 2021].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 29, 28]);
  });
});
