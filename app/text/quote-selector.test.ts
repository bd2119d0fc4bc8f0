import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT_LENGTH } from '../model/annotation.ts';
import { codePoints, utf16 } from '../model/offsets.ts';
import { CodePointIndex } from './code-points.ts';
import {
  codePointRangeToUtf16,
  quoteSelectorAt,
  utf16RangeToCodePoints,
} from './quote-selector.ts';

const corpus = readFileSync(
  new URL('../../../shared/corpus/002_2d75c3c5078d4155.txt', import.meta.url),
  'utf8',
);

describe('quoteSelectorAt', () => {
  it('gives the quote with 32 code points of context either side', () => {
    // This article has no astral characters, so its UTF-16 indices are code-point offsets.
    expect(corpus.length).toBe([...corpus].length);
    const quoteText = 'Nagorno-Karabakh';
    const start = corpus.indexOf(quoteText);
    const selector = quoteSelectorAt(
      corpus,
      codePoints(start),
      codePoints(start + quoteText.length),
    );
    expect(selector).toEqual({
      quote: 'Nagorno-Karabakh',
      prefix: 'er 2022, Azerbaijan swiftly seized back '.slice(-QUOTE_CONTEXT_LENGTH),
      suffix: ', a region that had an ethnic Armenian population'.slice(0, QUOTE_CONTEXT_LENGTH),
    });
  });

  it('counts context in code points, so an emoji is one unit', () => {
    const text = `${'😀'.repeat(40)}Baku${'🇦🇿'.repeat(20)}`;
    const selector = quoteSelectorAt(text, codePoints(40), codePoints(44));
    expect(selector.quote).toBe('Baku');
    expect(selector.prefix).toBe('😀'.repeat(32));
    expect(selector.suffix).toBe('🇦🇿'.repeat(16));
  });

  it('gives shorter context at the edges of the text', () => {
    expect(quoteSelectorAt('in Baku', codePoints(3), codePoints(7))).toEqual({
      quote: 'Baku',
      prefix: 'in ',
      suffix: '',
    });
    expect(quoteSelectorAt('Baku', codePoints(0), codePoints(0))).toEqual({
      quote: '',
      prefix: '',
      suffix: 'Baku',
    });
  });

  it('refuses offsets outside the text', () => {
    expect(() => quoteSelectorAt('Baku', codePoints(2), codePoints(5))).toThrow(RangeError);
    expect(() => quoteSelectorAt('Baku', codePoints(3), codePoints(2))).toThrow(RangeError);
    expect(() => quoteSelectorAt('Baku', codePoints(-1), codePoints(2))).toThrow(RangeError);
  });

  it('agrees with slicing the array of code points', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Ə', '😀', '𠀀', '\u00a0'),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
      maxLength: 100,
    });
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.nat([...t].length), fc.nat([...t].length))),
        ([t, a, b]) => {
          const start = Math.min(a, b);
          const end = Math.max(a, b);
          const characters = Array.from(t);
          expect(quoteSelectorAt(t, codePoints(start), codePoints(end))).toEqual({
            quote: characters.slice(start, end).join(''),
            prefix: characters.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start).join(''),
            suffix: characters.slice(end, end + QUOTE_CONTEXT_LENGTH).join(''),
          });
        },
      ),
    );
  });
});

describe('range conversions', () => {
  it('convert a selection after an emoji in both directions', () => {
    const index = new CodePointIndex('😀 Baku');
    const range = utf16RangeToCodePoints(index, { start: utf16(3), end: utf16(7) });
    expect(range).toEqual({ start: 2, end: 6 });
    expect(codePointRangeToUtf16(index, range)).toEqual({ start: 3, end: 7 });
  });
});
