import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf16 } from '../model/offsets.ts';
import { snapToWords } from './snap.ts';

const corpus = (name: string) =>
  readFileSync(new URL(`../../../shared/corpus/${name}`, import.meta.url), 'utf8');

/** Selects `selected` inside `text` (its first occurrence after `after`) and returns what snapping keeps. */
function snapped(text: string, selected: string, snap = true, after = ''): string | null {
  const from = text.indexOf(after) + after.length;
  const start = text.indexOf(selected, from);
  if (start === -1) throw new Error(`fixture: "${selected}" is not in the text`);
  const range = snapToWords(
    text,
    { start: utf16(start), end: utf16(start + selected.length) },
    { snap },
  );
  return range === null ? null : text.slice(range.start, range.end);
}

describe('snapToWords on corpus sentences', () => {
  const sentence =
    'One year after Azerbaijan’s rapid offensive against Armenian separatists, both countries';

  it('completes a word selected from the middle', () => {
    expect(snapped(sentence, 'erbaijan’s rap')).toBe('Azerbaijan’s rapid');
    expect(snapped(sentence, 'ffensi')).toBe('offensive');
  });

  it('keeps a deliberate stop at an apostrophe: "Azerbaijan" out of "Azerbaijan’s"', () => {
    expect(snapped(sentence, 'erbaijan')).toBe('Azerbaijan');
    expect(snapped(sentence, 'Azerbaijan')).toBe('Azerbaijan');
  });

  it('takes the whole possessive when the apostrophe itself is selected or the cut is past it', () => {
    expect(snapped(sentence, 'Azerbaijan’')).toBe('Azerbaijan’s');
    expect(snapped(sentence, 'erbaija')).toBe('Azerbaijan’s');
    expect(snapped(sentence, '’s rapid')).toBe('Azerbaijan’s rapid');
  });

  it('does not grab punctuation or a closing quote at the edges', () => {
    expect(snapped(sentence, 'separatists,')).toBe('separatists,');
    expect(snapped(sentence, 'eparatists')).toBe('separatists');
    const text = corpus('003_7ae040cf64c4549e.txt');
    expect(snapped(text, 'both sides')).toBe('both sides');
    expect(snapped(text, 'oth side')).toBe('both sides');
  });

  it('selecting "Baku," keeps the comma and completes the word', () => {
    const text = 'talks in Baku, the capital';
    expect(snapped(text, 'Baku,')).toBe('Baku,');
    expect(snapped(text, 'aku,')).toBe('Baku,');
    expect(snapped(text, ' Bak')).toBe('Baku');
  });

  it('treats a hyphenated name as one word, unless the selection stops at the hyphen', () => {
    const text = corpus('002_2d75c3c5078d4155.txt');
    expect(snapped(text, 'gorno-Kara')).toBe('Nagorno-Karabakh');
    expect(snapped(text, 'rabak')).toBe('Nagorno-Karabakh');
    expect(snapped(text, 'Karabakh,')).toBe('Karabakh,');
    expect(snapped(text, 'Nagorno-')).toBe('Nagorno-Karabakh');
  });

  it('completes Azerbaijani words with Ə and Ş', () => {
    const text = corpus('003_7ae040cf64c4549e.txt');
    expect(snapped(text, 'rmənistan')).toBe('Ermənistanı');
    expect(snapped(text, 'BŞ Ermən')).toBe('ABŞ Ermənistanı');
    expect(snapped('Prezident Əliyev dedi', 'liye')).toBe('Əliyev');
  });

  it('trims NBSP, newlines and other Unicode spaces even with snapping off', () => {
    const text = corpus('001_a0067eea4bbd0937.txt');
    const nbsp = text.indexOf('\u00a0');
    const range = snapToWords(text, { start: utf16(nbsp), end: utf16(nbsp + 1) }, { snap: false });
    expect(range).toBeNull();
    expect(
      snapped('a\u00a0\u2003\u3000Baku\u202f\n\n b', '\u00a0\u2003\u3000Baku\u202f\n\n', false),
    ).toBe('Baku');
  });

  it('leaves half words alone with snapping off', () => {
    expect(snapped(sentence, ' Azerbai', false)).toBe('Azerbai');
    expect(snapped(sentence, 'fter Azerbai', false)).toBe('fter Azerbai');
  });

  it('returns null for an empty or all-white-space range', () => {
    expect(snapToWords('Baku', { start: utf16(2), end: utf16(2) }, { snap: true })).toBeNull();
    expect(
      snapToWords('a \n\u00a0 b', { start: utf16(1), end: utf16(5) }, { snap: true }),
    ).toBeNull();
  });

  it('widens a range that ends inside an emoji rather than splitting the pair', () => {
    const text = 'peace 😀 talks';
    expect(snapToWords(text, { start: utf16(7), end: utf16(8) }, { snap: false })).toEqual({
      start: 6,
      end: 8,
    });
    expect(snapToWords(text, { start: utf16(2), end: utf16(7) }, { snap: true })).toEqual({
      start: 0,
      end: 8,
    });
  });

  it('completes words written in astral letters (CJK extension B)', () => {
    const text = 'x 𠀀𠀁𠀂 y';
    expect(snapToWords(text, { start: utf16(4), end: utf16(6) }, { snap: true })).toEqual({
      start: 2,
      end: 8,
    });
  });
});

describe('snapToWords properties', () => {
  const character = fc.oneof(
    fc.constantFrom(
      'a',
      'Ə',
      'ş',
      '1',
      ' ',
      '\u00a0',
      '\n',
      '’',
      "'",
      '-',
      ',',
      '“',
      '😀',
      '𠀀',
      'e\u0301',
    ),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  const textAndRange = fc.array(character, { maxLength: 30 }).chain((characters) => {
    const text = characters.join('');
    return fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length));
  });

  const splitsPair = (text: string, index: number) =>
    /[\ud800-\udbff]/.test(text[index - 1] ?? '') && /[\udc00-\udfff]/.test(text[index] ?? '');

  it('never returns white space at the edges, never splits a pair, and is idempotent', () => {
    fc.assert(
      fc.property(textAndRange, fc.boolean(), ([text, a, b], snap) => {
        const range = snapToWords(
          text,
          { start: utf16(Math.min(a, b)), end: utf16(Math.max(a, b)) },
          { snap },
        );
        if (range === null) return;
        expect(range.start).toBeLessThan(range.end);
        expect(text[range.start]).not.toMatch(/^\s$/u);
        expect(text[range.end - 1]).not.toMatch(/^\s$/u);
        expect(splitsPair(text, range.start)).toBe(false);
        expect(splitsPair(text, range.end)).toBe(false);
        expect(snapToWords(text, range, { snap })).toEqual(range);
      }),
    );
  });

  it('only ever shrinks over white space and grows over word characters', () => {
    fc.assert(
      fc.property(textAndRange, ([text, a, b]) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        const trimmed = snapToWords(
          text,
          { start: utf16(start), end: utf16(end) },
          { snap: false },
        );
        const range = snapToWords(text, { start: utf16(start), end: utf16(end) }, { snap: true });
        expect(range === null).toBe(trimmed === null);
        if (range === null || trimmed === null) return;
        expect(range.start).toBeLessThanOrEqual(trimmed.start);
        expect(range.end).toBeGreaterThanOrEqual(trimmed.end);
        expect(text.slice(range.start, trimmed.start)).toMatch(
          /^[\p{L}\p{M}\p{N}'’\-\u2010\u2011]*$/u,
        );
        expect(text.slice(trimmed.end, range.end)).toMatch(/^[\p{L}\p{M}\p{N}'’\-\u2010\u2011]*$/u);
      }),
    );
  });
});
