import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { isDateTime } from './date-time-format.ts';

const full = fullFormats['date-time'] as { validate: (value: string) => boolean };
const digits = (length: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length })
    .map((d) => d.join(''));

/** Strings shaped like timestamps, most of them near the fast path's shape, many invalid. */
const timestampLike = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom('2000', '1900', '2024', '2023', '0000')),
    fc.oneof(digits(2), fc.constantFrom('02', '12', '13', '00')),
    fc.oneof(digits(2), fc.constantFrom('28', '29', '30', '31', '00')),
    fc.constantFrom('T', 't', ' ', 'x'),
    fc.oneof(digits(2), fc.constantFrom('23', '24')),
    fc.oneof(digits(2), fc.constantFrom('59', '60')),
    fc.oneof(digits(2), fc.constantFrom('59', '60', '61')),
    fc.constantFrom('', '.5', '.000', '.', '.123456789'),
    fc.constantFrom('Z', 'z', '', '+01:00', '-23:59', '+0100', '+24:00', 'Zx'),
  )
  .map(([y, mo, d, t, h, mi, s, f, z]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${f}${z}`);

describe('isDateTime', () => {
  it('accepts exactly what ajv-formats’ date-time accepts', () => {
    fc.assert(
      fc.property(fc.oneof(timestampLike, fc.string()), (value) => {
        expect(isDateTime(value)).toBe(full.validate(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('judges the common shape by the calendar and leaves leap seconds to the full check', () => {
    expect(isDateTime('2024-02-29T09:30:00.000Z')).toBe(true);
    expect(isDateTime('2023-02-29T09:30:00.000Z')).toBe(false);
    expect(isDateTime('2024-04-31T09:30:00Z')).toBe(false);
    expect(isDateTime('2016-12-31T23:59:60Z')).toBe(true);
    expect(isDateTime('2016-12-31T22:59:60Z')).toBe(false);
    expect(isDateTime('2024-05-01T09:30:00')).toBe(false);
  });

  it('reads the app’s own shape (24 characters, as Date#toISOString) digit by digit, as strictly', () => {
    for (const value of [
      '2024-05-01T09:30:00.000Z',
      '2024-13-01T09:30:00.000Z',
      '2024-05-00T09:30:00.000Z',
      '2024-05-01T24:00:00.000Z',
      '2016-12-31T23:59:60.000Z',
      '2024-05-01T09:30:00.000z',
      '2024-05-01t09:30:00.000Z',
      '2024-05-01T09:3a:00.000Z',
      '2024-05-01T09:30:00,000Z',
      '2024-05-01T09:30:00.00٣Z',
      '+12024-05-01T09:30:00.00Z',
    ])
      expect(isDateTime(value), value).toBe(full.validate(value));
    expect(isDateTime(new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)).toISOString())).toBe(true);
  });
});
