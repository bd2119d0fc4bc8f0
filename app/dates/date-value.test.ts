import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../model/date-value.ts';
import { daysInMonth, isoWeeksInYear, pad } from './calendar.ts';
import {
  DATE_VALUE_FORMS,
  checkPublishedAt,
  dateValueBounds,
  describeDateValue,
  isDateValue,
  parseDateValue,
  type DatePrecision,
} from './date-value.ts';

function accepted(text: string) {
  const parsed = parseDateValue(text);
  if (!parsed.ok) throw new Error(`refused ${text}: ${parsed.message}`);
  return parsed;
}

function refusal(text: string): string {
  const parsed = parseDateValue(text);
  if (parsed.ok) throw new Error(`accepted ${text}`);
  return parsed.message;
}

describe('parseDateValue', () => {
  it.each<[string, string, DatePrecision | 'interval']>([
    ['2020', '2020', 'year'],
    ['0001', '0001', 'year'],
    ['2020-10', '2020-10', 'month'],
    ['2020-10-26', '2020-10-26', 'day'],
    ['2024-02-29', '2024-02-29', 'day'],
    ['2000-02-29', '2000-02-29', 'day'],
    ['9999-12-31', '9999-12-31', 'day'],
    ['2020-W43', '2020-W43', 'week'],
    ['2020-W53', '2020-W53', 'week'],
    ['2015-W53', '2015-W53', 'week'],
    ['2020-10-26T08:00', '2020-10-26T08:00', 'minute'],
    ['2020-10-26T23:59', '2020-10-26T23:59', 'minute'],
    ['2020-10-10/2020-10-17', '2020-10-10/2020-10-17', 'interval'],
    ['1992/1994', '1992/1994', 'interval'],
    ['2020-W43/2020-10-26T08:00', '2020-W43/2020-10-26T08:00', 'interval'],
    // Overlapping periods: the end does not precede the start, it ends after it begins.
    ['2020-10/2020-10-05', '2020-10/2020-10-05', 'interval'],
    ['2020-10-05/2020-10', '2020-10-05/2020-10', 'interval'],
    ['2020-10-26T08:00/2020-10-26', '2020-10-26T08:00/2020-10-26', 'interval'],
    ['2020-10-26T08:00/2020-10-26T08:00', '2020-10-26T08:00/2020-10-26T08:00', 'interval'],
    [' 2020-10-26\n', '2020-10-26', 'day'],
    ['\t2020-W43 ', '2020-W43', 'week'],
  ])('accepts %j as %s (%s)', (text, value, precision) => {
    const parsed = accepted(text);
    expect(parsed.value).toBe(value);
    expect(parsed.precision).toBe(precision);
    expect(parsed.end === null).toBe(precision !== 'interval');
  });

  it.each([
    ['', 'the date value is empty'],
    ['  ', 'the date value is empty'],
    ['2021-02-29', '2021-02-29 is not a day of the calendar (February 2021 has 28 days)'],
    ['2020-02-30', '2020-02-30 is not a day of the calendar (February 2020 has 29 days)'],
    ['1900-02-29', '1900-02-29 is not a day of the calendar (February 1900 has 28 days)'],
    ['2020-04-31', '2020-04-31 is not a day of the calendar (April 2020 has 30 days)'],
    ['2020-10-00', '2020-10-00 is not a day of the calendar (October 2020 has 31 days)'],
    ['2021-02-29T08:00', '2021-02-29 is not a day of the calendar (February 2021 has 28 days)'],
    ['2020-13', '2020-13: there is no month 13 (months run from 01 to 12)'],
    ['2020-00-10', '2020-00-10: there is no month 00 (months run from 01 to 12)'],
    ['2021-W53', '2021-W53 is not an ISO week: 2021 has only 52 weeks'],
    ['2020-W00', '2020-W00 is not an ISO week: weeks run from W01 to W53 in 2020'],
    ['2021-W54', '2021-W54 is not an ISO week: weeks run from W01 to W52 in 2021'],
    ['2020-10-26T24:00', '2020-10-26T24:00: hours run from 00 to 23'],
    ['2020-10-26T08:60', '2020-10-26T08:60: minutes run from 00 to 59'],
    ['0000', '0000: years run from 0001 to 9999'],
    ['20', '“20” is not a date value'],
    ['20201', '“20201” is not a date value'],
    ['202010', '“202010” is not a date value'],
    ['2020-1', '“2020-1” is not a date value'],
    ['+2020', '“+2020” is not a date value'],
    ['２０２０', '“２０２０” is not a date value'],
    ['2020-w43', '“2020-w43” is not a date value'],
    ['2020-10-26 08:00', '“2020-10-26 08:00” is not a date value'],
    ['2020-10-26T08:00:00', '“2020-10-26T08:00:00” is not a date value'],
    ['2020-10-26T08:00Z', '“2020-10-26T08:00Z” is not a date value'],
    ['26 October 2020', '“26 October 2020” is not a date value'],
    ['2020-10-10 / 2020-10-17', '“2020-10-10 ” is not a date value'],
    ['2020-10-10/', 'a side of the interval is empty'],
    ['2020/2021/2022', '“2020/2021/2022” has more than one “/”'],
    [
      '2020-10-17/2020-10-10',
      '2020-10-17/2020-10-10: the interval ends (2020-10-10) before it begins (2020-10-17)',
    ],
    ['2020/2019', '2020/2019: the interval ends (2019) before it begins (2020)'],
    [
      '2020-10-26T09:00/2020-10-26T08:00',
      '2020-10-26T09:00/2020-10-26T08:00: the interval ends (2020-10-26T08:00) before it begins (2020-10-26T09:00)',
    ],
    [
      '2020-10-10/2021-02-29',
      '2021-02-29 is not a day of the calendar (February 2021 has 28 days)',
    ],
  ])('refuses %j: %s', (text, problem) => {
    expect(refusal(text)).toBe(`${problem}; expected ${DATE_VALUE_FORMS}.`);
  });

  it('lists every form with an example that it accepts', () => {
    const examples = [...DATE_VALUE_FORMS.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]);
    expect(examples).toHaveLength(6);
    expect(examples.map((example) => accepted(example).precision)).toEqual([
      'year',
      'month',
      'day',
      'week',
      'minute',
      'interval',
    ]);
  });
});

describe('isDateValue', () => {
  it('holds only for a value exactly as the grammar writes it', () => {
    expect(isDateValue('2020-10-26')).toBe(true);
    expect(isDateValue('2020-10-10/2020-10-17')).toBe(true);
    expect(isDateValue(' 2020-10-26')).toBe(false);
    expect(isDateValue('2020-13')).toBe(false);
  });
});

describe('checkPublishedAt', () => {
  it('accepts a calendar day and nothing else', () => {
    const expected = 'expected a calendar day written YYYY-MM-DD (2020-10-26).';
    expect(checkPublishedAt('2020-10-26')).toBeNull();
    expect(checkPublishedAt('2020-10')).toBe(`“2020-10” is not a publication date; ${expected}`);
    expect(checkPublishedAt(' 2020-10-26')).toBe(
      `“ 2020-10-26” is not a publication date; ${expected}`,
    );
    expect(checkPublishedAt('2020-10-26T08:00')).toBe(
      `“2020-10-26T08:00” is not a publication date; ${expected}`,
    );
    expect(checkPublishedAt('2021-02-29')).toBe(
      `2021-02-29 is not a day of the calendar (February 2021 has 28 days); ${expected}`,
    );
  });
});

describe('describeDateValue and dateValueBounds', () => {
  it.each([
    ['2020', '2020', '2020-01-01', '2020-12-31'],
    ['2020-10', 'October 2020', '2020-10-01', '2020-10-31'],
    ['2024-02', 'February 2024', '2024-02-01', '2024-02-29'],
    ['2020-10-26', '26 October 2020', '2020-10-26', '2020-10-26'],
    ['2020-W43', 'week 43 of 2020', '2020-10-19', '2020-10-25'],
    // ISO week 53 of 2020 runs into 2021; week 1 of 2025 begins in 2024.
    ['2020-W53', 'week 53 of 2020', '2020-12-28', '2021-01-03'],
    ['2025-W01', 'week 1 of 2025', '2024-12-30', '2025-01-05'],
    ['2020-10-26T08:00', '26 October 2020, 08:00', '2020-10-26', '2020-10-26'],
    ['2020-10-10/2020-10-17', '10–17 October 2020', '2020-10-10', '2020-10-17'],
    ['2020-09-28/2020-10-03', '28 September – 3 October 2020', '2020-09-28', '2020-10-03'],
    ['2020-12-28/2021-01-03', '28 December 2020 – 3 January 2021', '2020-12-28', '2021-01-03'],
    ['2020-09/2020-10', 'September–October 2020', '2020-09-01', '2020-10-31'],
    ['1994/2020', '1994–2020', '1994-01-01', '2020-12-31'],
    ['2020-10-10/2020-10-10', '10 October 2020', '2020-10-10', '2020-10-10'],
    [
      '2020-W43/2020-10-26T08:00',
      'week 43 of 2020 – 26 October 2020, 08:00',
      '2020-10-19',
      '2020-10-26',
    ],
    ['2020-10/2020-10-05', 'October 2020 – 5 October 2020', '2020-10-01', '2020-10-05'],
  ])('%s reads “%s” and covers %s to %s', (value, description, first, last) => {
    const parsed = accepted(value);
    expect(describeDateValue(parsed.value)).toBe(description);
    expect(dateValueBounds(parsed.value)).toEqual({ first, last });
  });

  it('throws on a value forged past the grammar', () => {
    expect(() => describeDateValue('2020-13' as DateValue)).toThrow('there is no month 13');
  });
});

// Valid calendar parts, drawn so that every day, week and minute exists.
const year = fc.integer({ min: 1, max: 9999 });
const point = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  year.chain((y) =>
    fc.integer({ min: 1, max: isoWeeksInYear(y) }).map((w) => `${pad(y, 4)}-W${pad(w, 2)}`),
  ),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .chain(([y, m]) =>
      fc
        .integer({ min: 1, max: daysInMonth(y, m) })
        .map((d) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
    ),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 23 }))
    .chain(([y, m, h]) =>
      fc
        .tuple(fc.integer({ min: 1, max: daysInMonth(y, m) }), fc.integer({ min: 0, max: 59 }))
        .map(([d, min]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(min, 2)}`),
    ),
);

describe('the grammar on random valid calendar parts', () => {
  it('accepts every value built from them, as written, and describes and bounds it', () => {
    fc.assert(
      fc.property(point, (text) => {
        const parsed = accepted(text);
        expect(parsed.value).toBe(text);
        expect(isDateValue(text)).toBe(true);
        expect(describeDateValue(parsed.value)).not.toBe('');
        const { first, last } = dateValueBounds(parsed.value);
        expect(isDateValue(first) && isDateValue(last)).toBe(true);
        expect(first <= last).toBe(true);
      }),
    );
  });

  it('accepts an interval of two of them in at least one order, refusing only the wrong order', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const forward = parseDateValue(`${a}/${b}`);
        const backward = parseDateValue(`${b}/${a}`);
        expect(forward.ok || backward.ok).toBe(true);
        for (const parsed of [forward, backward]) {
          if (!parsed.ok) {
            expect(parsed.message).toContain('before it begins');
            continue;
          }
          expect(parsed.precision).toBe('interval');
          const { first, last } = dateValueBounds(parsed.value);
          expect(first <= last).toBe(true);
          expect(first).toBe(dateValueBounds(accepted(parsed.value.split('/')[0]).value).first);
          expect(describeDateValue(parsed.value)).not.toBe('');
        }
      }),
    );
  });

  it('refuses a day past the end of its month', () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (y, m, past) => {
          const day = daysInMonth(y, m) + past;
          expect(refusal(`${pad(y, 4)}-${pad(m, 2)}-${day}`)).toContain(
            'is not a day of the calendar',
          );
        },
      ),
    );
  });
});
