import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from './json-syntax.ts';

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, `Unexpected character '}'; expected a property name in double quotes`],
    ['{"a" 1}', 1, 6, `Unexpected character '1'; expected ':' after the property name`],
    ['[1 2]', 1, 4, `Unexpected character '2'; expected ',' or ']'`],
    [
      '{\n  "a": tru\n}',
      2,
      8,
      'Unexpected word "tru"; expected a value (true, false and null are lowercase)',
    ],
    [
      '{"a": True}',
      1,
      7,
      'Unexpected word "True"; expected a value (true, false and null are lowercase)',
    ],
    ['[01]', 1, 2, 'Invalid number'],
    ['[1.]', 1, 2, 'Invalid number'],
    ['["a\\x"]', 1, 4, 'Invalid escape in a string'],
    ['["\\u12G4"]', 1, 3, 'Invalid \\u escape (expected four hex digits)'],
    ['["a\tb"]', 1, 4, 'Unescaped control character U+0009 in a string'],
    ['["abc', 1, 2, 'Unterminated string'],
    ['{} {}', 1, 4, `Unexpected character '{' after the end of the JSON value`],
    [
      "{'a': 1}",
      1,
      2,
      `Unexpected character '''; expected a property name in double quotes or '}'`,
    ],
    ['\r\n\r\n  [', 3, 4, 'Unexpected end of input'],
    ['["😀😀", @]', 1, 8, `Unexpected character '@'; expected a value`],
  ])('places %j at line %i, column %i', (text, line, column, description) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonSyntaxError(text)).toEqual({ description, line, column });
  });

  it('finds nothing wrong with any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(
          locateJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : undefined)),
        ).toBeUndefined();
      }),
    );
  });

  it('locates an error within the text of every truncated JSON document', () => {
    const truncated = fc
      .jsonValue()
      .map((value) => JSON.stringify(value, null, 2))
      .chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length - 1 })))
      .map(([text, cut]) => text.slice(0, cut))
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      });
    fc.assert(
      fc.property(truncated, (text) => {
        const error = locateJsonSyntaxError(text);
        expect(error).toBeDefined();
        const lines = text.split('\n');
        expect(error!.line).toBeLessThanOrEqual(lines.length);
        expect(error!.column).toBeLessThanOrEqual([...lines[error!.line - 1]!].length + 1);
      }),
    );
  });
});
