import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../text/code-points.ts';
import { normaliseText } from '../../text/normalise.ts';
import { normaliseWithOffsets } from './normalised-offsets.ts';

const mapAll = (text: string) => {
  const { map } = normaliseWithOffsets(text);
  return Array.from({ length: codePointLength(text) + 1 }, (_, offset) => map(offset));
};

describe('normaliseWithOffsets', () => {
  it('leaves a normalised text’s offsets alone', () => {
    expect(normaliseWithOffsets('Caf\u00e9 🇦🇲').changed).toBe(false);
    expect(mapAll('a😀b')).toEqual([0, 1, 2, 3]);
  });

  it('moves offsets back past leading byte-order marks and the CR of each CRLF', () => {
    expect(mapAll('\ufeff\ufeffab')).toEqual([0, 0, 0, 1, 2]);
    // a CR LF b CR c: the CRLF and the lone CR each become one LF.
    expect(mapAll('a\r\nb\rc')).toEqual([0, 1, 1, 2, 3, 4, 5]);
  });

  it('maps around accents NFC composes, but not between a letter and its accent', () => {
    // "Cafe" + combining acute + " x": the acute joins the e.
    expect(mapAll('Cafe\u0301 x')).toEqual([0, 1, 2, 3, undefined, 4, 5, 6]);
    // Hangul jamo compose into one syllable.
    expect(mapAll('\u1100\u1161!')).toEqual([0, undefined, 1, 2]);
  });

  it('maps inside a changed run where it splits cleanly', () => {
    // e + acute + Ж: NFC changes the run, but "é" and "Ж" normalise apart.
    expect(mapAll('e\u0301\u0416')).toEqual([0, undefined, 1, 2]);
  });

  it('gives the normalised text, and offsets that cut it where the original was cut', () => {
    const characters = fc.constantFrom(
      'a',
      'e',
      '\u0301',
      '\u0323',
      '\r',
      '\n',
      '\ufeff',
      '😀',
      '\u1100',
      '\u1161',
      'Å',
      '\u212b',
      'Ж',
      '中',
    );
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 24 }), (list) => {
        const text = list.join('');
        const { text: normalised } = normaliseWithOffsets(text);
        expect(normalised).toBe(normaliseText(text));
        const offsets = mapAll(text);
        expect(offsets[0]).toBe(0);
        expect(offsets.at(-1)).toBe(codePointLength(normalised));
        const leadingBoms = /^\ufeff*/.exec(text)![0].length;
        const betweenCrAndLf = (offset: number) =>
          list[offset - 1] === '\r' && list[offset] === '\n';
        for (let start = 0; start < list.length; start++)
          for (let end = start; end <= list.length; end++) {
            const [from, to] = [offsets[start], offsets[end]];
            if (
              from === undefined ||
              to === undefined ||
              betweenCrAndLf(start) ||
              betweenCrAndLf(end)
            )
              continue;
            let slice = list.slice(start, end).join('');
            if (start <= leadingBoms) slice = slice.replace(/^\ufeff+/, '');
            expect([...normalised].slice(from, to).join('')).toBe(
              slice.replace(/\r\n?/g, '\n').normalize('NFC'),
            );
          }
      }),
    );
  });
});
