import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, utf16 } from '../model/offsets.ts';
import { CodePointIndex, codePointLength, sliceByCodePoints } from './code-points.ts';

// Strings that mix ASCII, accents, astral characters and lone surrogates, which is where
// UTF-16 indices and code-point offsets part ways.
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'é', 'Ə', '\u00a0', '\n', '😀', '🇦🇿', '𠀀', '\ud800', '\udc00'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 40,
});

/** UTF-16 indices at which a code point begins, plus the end of the string. */
function characterBoundaries(text: string): number[] {
  const boundaries = [0];
  for (const character of text) boundaries.push(boundaries.at(-1)! + character.length);
  return boundaries;
}

describe('CodePointIndex', () => {
  it('counts an emoji as one code point and two UTF-16 units', () => {
    const index = new CodePointIndex('a😀b');
    expect(index.utf16Length).toBe(4);
    expect(index.codePointLength).toBe(3);
    expect(index.toUtf16(codePoints(2))).toBe(3);
    expect(index.toCodePoint(utf16(3))).toBe(2);
  });

  it('counts a flag as two code points (two regional indicators)', () => {
    const text = 'in 🇦🇿 Baku';
    const index = new CodePointIndex(text);
    expect(index.codePointLength).toBe(10);
    expect(index.toUtf16(codePoints(5))).toBe(7);
    expect(text.slice(index.toUtf16(codePoints(5)))).toBe(' Baku');
  });

  it('converts across CJK extension B characters', () => {
    const text = '𠀀𠀁x';
    const index = new CodePointIndex(text);
    expect(index.toUtf16(codePoints(0))).toBe(0);
    expect(index.toUtf16(codePoints(1))).toBe(2);
    expect(index.toUtf16(codePoints(2))).toBe(4);
    expect(index.toCodePoint(utf16(4))).toBe(2);
    expect(index.toCodePoint(utf16(5))).toBe(3);
  });

  it('rounds an index inside a surrogate pair down to the character start', () => {
    const index = new CodePointIndex('ab😀c');
    expect(index.toCodePoint(utf16(3))).toBe(2);
  });

  it('treats lone surrogates as one code point each, as the string iterator does', () => {
    const text = '\ud800a\udc00';
    expect(new CodePointIndex(text).codePointLength).toBe(3);
    expect(codePointLength(text)).toBe([...text].length);
  });

  it('round-trips toUtf16(toCodePoint(i)) at every character boundary', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = new CodePointIndex(text);
        characterBoundaries(text).forEach((boundary, offset) => {
          expect(index.toCodePoint(utf16(boundary))).toBe(offset);
          expect(index.toUtf16(codePoints(offset))).toBe(boundary);
        });
      }),
    );
  });

  it('agrees with fullUnicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const index = new CodePointIndex(text);
        expect(index.codePointLength).toBe([...text].length);
        for (const boundary of characterBoundaries(text)) {
          expect(index.toUtf16(index.toCodePoint(utf16(boundary)))).toBe(boundary);
        }
      }),
    );
  });
});

describe('codePointLength', () => {
  it('equals the length of the string iterator', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(codePointLength(text)).toBe([...text].length);
      }),
    );
  });

  it('counts astral characters once', () => {
    expect(codePointLength('😀🇦🇿𠀀')).toBe(4);
    expect(codePointLength('')).toBe(0);
  });
});

describe('sliceByCodePoints', () => {
  it('slices by code points, not by UTF-16 units', () => {
    expect(sliceByCodePoints('😀Əliyev😀', 1, 7)).toBe('Əliyev');
  });

  it('equals Array.from(text).slice(start, end).join("")', () => {
    fc.assert(
      fc.property(
        mixedText.chain((text) => {
          const length = [...text].length;
          return fc.tuple(fc.constant(text), fc.nat(length + 2), fc.nat(length + 2));
        }),
        ([text, start, end]) => {
          expect(sliceByCodePoints(text, start, end)).toBe(
            Array.from(text).slice(start, end).join(''),
          );
        },
      ),
    );
  });
});
