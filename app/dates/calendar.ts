// Proleptic Gregorian calendar arithmetic on plain numbers. JavaScript's Date is avoided on
// purpose: `Date.UTC(99, 0, 1)` is 1999, and local time zones shift days, while date values
// are calendar days with no time zone, from year 0001 to 9999.

/** A calendar day; month 1–12, day 1–31. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`. */
export function dayNumber({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146097 + dayOfEra + dayOfYear - 719468;
}

/** The inverse of {@link dayNumber} (Hinnant's `civil_from_days`). */
export function dayFromNumber(days: number): CalendarDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDay, days: number): CalendarDay {
  return dayFromNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that begins ISO week 1 of `year` (the week holding the year's first Thursday). */
function startOfIsoYear(year: number): number {
  const fourthOfJanuary = { year, month: 1, day: 4 };
  return dayNumber(fourthOfJanuary) - (isoWeekday(fourthOfJanuary) - 1);
}

/** 52 or 53: a year has week 53 when it begins on a Thursday, or is leap and begins on a Wednesday. */
export function isoWeeksInYear(year: number): number {
  return (startOfIsoYear(year + 1) - startOfIsoYear(year)) / 7;
}

/** The ISO week holding a day; its year can differ from the day's (2021-01-01 is in 2020-W53). */
export function isoWeekOf(date: CalendarDay): { year: number; week: number } {
  const days = dayNumber(date);
  let year = date.year + 1;
  while (days < startOfIsoYear(year)) year -= 1;
  return { year, week: Math.floor((days - startOfIsoYear(year)) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): CalendarDay {
  return dayFromNumber(startOfIsoYear(year) + (week - 1) * 7);
}

/** `YYYY-MM-DD`. */
export function formatCalendarDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function compareCalendarDays(a: CalendarDay, b: CalendarDay): number {
  return dayNumber(a) - dayNumber(b);
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
