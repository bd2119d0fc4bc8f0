import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_PATTERN, tokenize } from './tokenize.ts';

/** The tokens as strings, cut from the text by their code-point offsets. */
function tokenTexts(text: string): string[] {
  const characters = [...text];
  const { starts, ends } = tokenize(text);
  return [...starts].map((start, i) => characters.slice(start, ends[i]).join(''));
}

/** The definition, applied the slow way: code-point offsets of TOKEN_PATTERN's matches. */
function patternOffsets(text: string): [number, number][] {
  return [...text.matchAll(TOKEN_PATTERN)].map((match) => {
    const start = [...text.slice(0, match.index)].length;
    return [start, start + [...match[0]].length];
  });
}

describe('tokenize', () => {
  it('keeps words joined by ASCII apostrophes and hyphens, and splits off everything else', () => {
    expect(tokenTexts("Nagorno-Karabakh's talks don't resume: COVID-19, 3.5 km—a-")).toEqual([
      "Nagorno-Karabakh's",
      'talks',
      "don't",
      'resume',
      ':',
      'COVID-19',
      ',',
      '3',
      '.',
      '5',
      'km',
      '—',
      'a',
      '-',
    ]);
  });

  it('treats letters, digits and marks of every script as word characters', () => {
    expect(tokenTexts('Əliyev Gülnarə 東京 ٣٤ नमस्ते e\u0301')).toEqual([
      'Əliyev',
      'Gülnarə',
      '東京',
      '٣٤',
      'नमस्ते',
      'e\u0301',
    ]);
  });

  it('makes each other character a token, with the marks that follow it', () => {
    // The curly apostrophe is not a joiner; the variation selector stays with its dove.
    expect(tokenTexts('Baku’s “deal” 🕊️🇦🇲')).toEqual([
      'Baku',
      '’',
      's',
      '“',
      'deal',
      '”',
      '🕊️',
      '🇦',
      '🇲',
    ]);
  });

  it('counts offsets in code points, an astral character being one', () => {
    const { starts, ends } = tokenize('😀 ab 𠀀c');
    // 😀 = [0, 1), ab = [2, 4), 𠀀c = [5, 7): U+20000 is a letter (CJK Extension B).
    expect([...starts]).toEqual([0, 2, 5]);
    expect([...ends]).toEqual([1, 4, 7]);
    expect(tokenize('😀 ab 𠀀c ').length).toBe(8); // the text's length, trailing space included
  });

  it('finds no tokens in empty or all-space text', () => {
    expect(tokenTexts('')).toEqual([]);
    expect(tokenTexts(' \n\u00a0\u3000\t')).toEqual([]);
  });

  it('finds exactly the matches of TOKEN_PATTERN, on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom("'", '-', ' ', 'a', '1', '\u0301', '.', '😀', '\ufe0f', '\ud800', '\udc00'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const { starts, ends } = tokenize(text);
        expect([...starts].map((start, i) => [start, ends[i]])).toEqual(patternOffsets(text));
      }),
      { numRuns: 300 },
    );
  });
});
