import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints } from '../model/offsets.ts';
import { CodePointIndex, sliceByCodePoints } from '../text/code-points.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import type { AnchorResult, TextSelector } from './anchor-result.ts';
import { anchorSelector } from './anchor-selector.ts';

const talks =
  '🕊️ Talks resumed in Geneva on 3 May 2024.\nMinister Bayramov said a deal was “within reach”. ' +
  'Mirzoyan said a deal was not yet within reach.';

/** The selector Marginalia stores for the code-point span [start, end) of `text`. */
function selectorAt(text: string, start: number, end: number): TextSelector {
  return { start, end, ...quoteSelectorAt(text, codePoints(start), codePoints(end)) };
}

function spanOf(text: string, quote: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  const start = [...text.slice(0, at)].length;
  return [start, start + [...quote].length];
}

describe('anchorSelector', () => {
  describe('exact', () => {
    it('takes offsets that hold the quote, counted in code points', () => {
      const [start, end] = spanOf(talks, '3 May 2024');
      expect(start).toBe(30); // '🕊️' is two code points, and four UTF-16 units
      expect(anchorSelector(talks, selectorAt(talks, start, end))).toEqual({
        status: 'exact',
        start: 30,
        end: 40,
      });
    });

    it('takes valid offsets as they are when there is no quote to check', () => {
      expect(anchorSelector(talks, { start: 2, end: 7 })).toEqual({
        status: 'exact',
        start: 2,
        end: 7,
      });
    });

    it('treats an empty quote as no quote', () => {
      expect(anchorSelector(talks, { start: 2, end: 7, quote: '' })).toEqual({
        status: 'exact',
        start: 2,
        end: 7,
      });
    });
  });

  describe('moved', () => {
    it('finds the quote elsewhere and says where the offsets pointed', () => {
      const selector = { ...selectorAt(talks, ...spanOf(talks, 'Geneva')), start: 3, end: 9 };
      expect(anchorSelector(talks, selector)).toEqual({
        status: 'moved',
        start: 20,
        end: 26,
        from: { start: 3, end: 9 },
      });
    });

    it('places a quote that comes without offsets', () => {
      expect(anchorSelector(talks, { quote: 'Minister Bayramov' })).toEqual({
        status: 'moved',
        start: 42,
        end: 59,
      });
    });

    it('uses the context to choose between two occurrences', () => {
      const second = selectorAt(talks, ...spanOf(talks, 'a deal was', 1));
      const result = anchorSelector(talks, { ...second, start: undefined, end: undefined });
      expect(result).toMatchObject({ status: 'moved', start: second.start, end: second.end });
    });

    it('uses unusable offsets as a hint, and says what was wrong with them', () => {
      const result = anchorSelector(talks, { quote: 'a deal was', start: 100, end: 95 });
      expect(result).toEqual({
        status: 'moved',
        ...range(talks, 'a deal was', 1),
        offsetsProblem: 'offsets 100–95 are reversed',
      });
    });
  });

  describe('fuzzy', () => {
    it('finds an edited quote and returns the text found', () => {
      const selector = selectorAt(talks, ...spanOf(talks, 'Minister Bayramov'));
      const edited = talks.replace('Bayramov', 'Bairamov');
      const result = anchorSelector(edited, selector);
      expect(result).toMatchObject({
        status: 'fuzzy',
        start: 42,
        end: 59,
        foundQuote: 'Minister Bairamov',
        from: { start: 42, end: 59 },
      });
      expect(result.status === 'fuzzy' && result.score).toBeGreaterThan(0.95);
    });

    it('accepts a bare quote only if it is three quarters alike', () => {
      expect(anchorSelector(talks, { quote: 'Minister Bairamov' })).toMatchObject({
        status: 'fuzzy',
        foundQuote: 'Minister Bayramov',
      });
      expect(anchorSelector(talks, { quote: 'Minstr Bairamof' })).toMatchObject({
        status: 'orphan',
      });
    });
  });

  describe('orphan', () => {
    it.each<[TextSelector, string]>([
      [{}, 'neither offsets nor a quote say where it is'],
      [{ start: 10, end: 5 }, 'offsets 10–5 are reversed and there is no quote to search for'],
      [
        { start: 130, end: 140 },
        'offsets 130–140 go beyond the end of the text (length 138) and there is no quote to search for',
      ],
      [{ quote: 'Ankara' }, 'quote “Ankara” not found in the document'],
      [
        { quote: 'Ankara', start: 20, end: 26 },
        'quote “Ankara” not found in the document; offsets 20–26 hold “Geneva”',
      ],
      [
        { quote: 'Ankara', start: 130, end: 140 },
        'quote “Ankara” not found in the document; offsets 130–140 go beyond the end of the text (length 138)',
      ],
      [
        { quote: 'said a deal' },
        'quote “said a deal” occurs 2 times and nothing (offsets or context) says which',
      ],
      [
        { quote: 'Minister Bayramov said the deal', prefix: 'Talks collapsed in Vienna on ' },
        'quote “Minister Bayramov said the deal” not found in the document (the closest text, ' +
          '“Minister Bayramov said a deal” at 42–71, has context 41 % alike; 80 % needed)',
      ],
    ])('says why %o cannot be placed', (selector, reason) => {
      expect(anchorSelector(talks, selector)).toEqual({ status: 'orphan', reason });
    });

    it('does not put a deleted short quote on another occurrence in another context', () => {
      const selector = selectorAt(talks, ...spanOf(talks, 'Bayramov'));
      const edited = talks.replace('Minister Bayramov said', 'The minister said');
      const withName = `${edited} Bayramov left for Baku.`;
      expect(anchorSelector(withName, selector)).toMatchObject({ status: 'orphan' });
    });
  });

  describe('properties', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 200 });

    it('finds every stored span exactly where it was', () => {
      fc.assert(
        fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
          const length = [...text].length;
          const start = length === 0 ? 0 : a % length;
          const end = start + 1 + (b % Math.max(1, length - start));
          fc.pre(end <= length);
          const result = anchorSelector(text, selectorAt(text, start, end));
          expect(result).toEqual({ status: 'exact', start, end });
        }),
        { numRuns: 300 },
      );
    });

    it('never throws, and never places a span on text that differs from its quote unless fuzzy', () => {
      const number = fc.oneof(
        fc.integer({ min: -5, max: 250 }),
        fc.double(),
        fc.constantFrom(Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2),
      );
      const fragment = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.constantFrom('a', 'aa', '\ud83d', '\udd4a'),
      );
      const selector = fc.record(
        { start: number, end: number, quote: fragment, prefix: fragment, suffix: fragment },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(
          fc.oneof(anyText, fc.constantFrom(talks, 'aaaaaaa', '🕊🕊🕊')),
          selector,
          (text, given) => {
            checkInvariants(text, given, anchorSelector(text, given));
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('follows a span of the corpus past text inserted before it', () => {
      const corpus = readFileSync(
        new URL('../../../shared/corpus/001_a0067eea4bbd0937.txt', import.meta.url),
        'utf8',
      );
      fc.assert(
        fc.property(
          fc.nat({ max: corpus.length - 40 }),
          fc.integer({ min: 12, max: 40 }),
          fc.nat(),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
          (start, length, insertAt, inserted) => {
            const end = start + length;
            const selector = selectorAt(corpus, start, end);
            const at = insertAt % (start + 1);
            const text = corpus.slice(0, at) + inserted + corpus.slice(at);
            const shift = [...inserted].length;
            const result = anchorSelector(text, selector);
            expect(result).toEqual({
              status: 'moved',
              start: start + shift,
              end: end + shift,
              from: { start, end },
            });
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  it('places 100,000 spans whose offsets hold their quotes exactly where they are', () => {
    const corpusFiles = [
      '000_5c0c6f709157f585.txt',
      '001_a0067eea4bbd0937.txt',
      '002_2d75c3c5078d4155.txt',
    ];
    const bodies = corpusFiles.map((file) =>
      readFileSync(new URL(`../../../shared/corpus/${file}`, import.meta.url), 'utf8'),
    );
    let seed = 1;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const documents = Array.from({ length: 1000 }, (_, n) => {
      const text = `Document ${n} 🕊\n${bodies[n % bodies.length]!}`;
      const index = new CodePointIndex(text);
      const selectors = Array.from({ length: 100 }, () => {
        const start = random(index.codePointLength - 50);
        const end = start + 5 + random(40);
        return { start, end, ...quoteSelectorAt(text, codePoints(start), codePoints(end), index) };
      });
      return { text, selectors };
    });
    const anchorAll = () => {
      let exact = 0;
      for (const { text, selectors } of documents) {
        const index = new CodePointIndex(text);
        for (const selector of selectors)
          if (anchorSelector(text, selector, index).status === 'exact') exact++;
      }
      return exact;
    };

    expect(anchorAll()).toBe(100_000);
  });
});

function range(text: string, quote: string, occurrence = 0) {
  const [start, end] = spanOf(text, quote, occurrence);
  return { start, end };
}

function checkInvariants(text: string, selector: TextSelector, result: AnchorResult): void {
  if (result.status === 'orphan') {
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  const index = new CodePointIndex(text);
  expect(Number.isSafeInteger(result.start) && Number.isSafeInteger(result.end)).toBe(true);
  expect(
    0 <= result.start && result.start < result.end && result.end <= index.codePointLength,
  ).toBe(true);
  const found = sliceByCodePoints(text, result.start, result.end, index);
  if (result.status === 'fuzzy') expect(found).toBe(result.foundQuote);
  else if (selector.quote) expect(found).toBe(selector.quote);
}
