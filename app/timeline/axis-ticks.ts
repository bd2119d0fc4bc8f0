// The axis's ticks: the finest calendar unit (days, weeks, months, quarters, years, decades…)
// whose ticks stay at least MIN_TICK_SPACING px apart at the current zoom, each labelled as a
// reader names it ("26 Oct", "W43", "Oct", "2020", "2010s"). Ticks sit on calendar boundaries
// (the 1st of a month, a Monday, 1 January), computed with the proleptic calendar of
// app/dates/calendar.ts, never with JavaScript's Date and its time zones.

import { MONTH_NAMES, dayFromNumber, dayNumber, isoWeekOf, isoWeekday } from '../dates/calendar.ts';

export interface AxisTick {
  /** The day number the tick marks (its start). */
  day: number;
  label: string;
  /** A boundary of the next coarser unit (a year among months): drawn stronger, labelled with it. */
  major: boolean;
}

export type TickUnit =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'year'
  | 'five-years'
  | 'decade'
  | 'quarter-century'
  | 'half-century'
  | 'century';

/** Ticks closer than this would make labels collide. */
export const MIN_TICK_SPACING = 72;

/** Typical length of each unit in days, finest first. */
const UNIT_DAYS: readonly [TickUnit, number][] = [
  ['day', 1],
  ['week', 7],
  ['month', 30.44],
  ['quarter', 91.3],
  ['year', 365.25],
  ['five-years', 1826],
  ['decade', 3652.5],
  ['quarter-century', 9131],
  ['half-century', 18262],
  ['century', 36525],
];

const SHORT_MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** The finest unit whose ticks are at least MIN_TICK_SPACING px apart at this zoom. */
export function tickUnitFor(pxPerDay: number): TickUnit {
  for (const [unit, days] of UNIT_DAYS) if (days * pxPerDay >= MIN_TICK_SPACING) return unit;
  return 'century';
}

/** The ticks of `unit` from day `from` to day `to` (day numbers), at most a few hundred. */
export function axisTicks(from: number, to: number, unit: TickUnit): AxisTick[] {
  const first = dayFromNumber(Math.floor(from));
  const ticks: AxisTick[] = [];
  const push = (day: number, label: string, major: boolean) => {
    if (day >= from - 1 && day <= to) ticks.push({ day, label, major });
  };
  switch (unit) {
    case 'day':
      for (let day = Math.floor(from); day <= to; day++) {
        const date = dayFromNumber(day);
        const name = `${date.day} ${SHORT_MONTHS[date.month - 1]}`;
        // A new year names itself: "1 Jan 2020".
        push(
          day,
          date.month === 1 && date.day === 1 ? `${name} ${date.year}` : name,
          date.day === 1,
        );
      }
      return ticks;
    case 'week': {
      let monday = Math.floor(from) - (isoWeekday(first) - 1);
      for (; monday <= to; monday += 7) {
        const date = dayFromNumber(monday);
        const { week, year } = isoWeekOf(date);
        const label = `W${week} · ${date.day} ${SHORT_MONTHS[date.month - 1]}`;
        push(monday, week === 1 ? `${label} · ${year}` : label, week === 1);
      }
      return ticks;
    }
    case 'month':
    case 'quarter': {
      const step = unit === 'month' ? 1 : 3;
      let year = first.year;
      let month = Math.floor((first.month - 1) / step) * step + 1;
      for (;;) {
        const day = dayNumber({ year, month, day: 1 });
        if (day > to) return ticks;
        const major = month === 1;
        const name = unit === 'month' ? SHORT_MONTHS[month - 1]! : `Q${(month + 2) / 3}`;
        push(day, major ? `${name} ${year}` : name, major);
        month += step;
        if (month > 12) {
          month -= 12;
          year += 1;
        }
      }
    }
    default: {
      const step = YEAR_STEPS[unit];
      const major = MAJOR_YEARS[step]!;
      for (let year = Math.floor(first.year / step) * step; ; year += step) {
        if (year < 1) continue;
        const day = dayNumber({ year, month: 1, day: 1 });
        if (day > to) return ticks;
        const label = step === 10 ? `${year}s` : String(year);
        push(day, label, year % major === 0);
      }
    }
  }
}

const YEAR_STEPS: Record<Exclude<TickUnit, 'day' | 'week' | 'month' | 'quarter'>, number> = {
  year: 1,
  'five-years': 5,
  decade: 10,
  'quarter-century': 25,
  'half-century': 50,
  century: 100,
};

/** Every how many years a tick is major, per step in years. */
const MAJOR_YEARS: Record<number, number> = { 1: 10, 5: 50, 10: 100, 25: 100, 50: 500, 100: 500 };

/** What the zoom shows, in words: "days", "weeks", "months"… (for the zoom's status line). */
export function describeTickUnit(unit: TickUnit): string {
  switch (unit) {
    case 'five-years':
      return 'years';
    case 'quarter-century':
    case 'half-century':
    case 'century':
      return 'decades';
    default:
      return `${unit}s`;
  }
}
