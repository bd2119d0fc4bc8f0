import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText, isNormalised, normaliseText } from './normalise.ts';

describe('normaliseText', () => {
  it('strips a leading byte order mark', () => {
    expect(normaliseText('\ufeffBaku')).toBe('Baku');
  });

  it('strips repeated leading byte order marks, so normalising twice changes nothing', () => {
    expect(normaliseText('\ufeff\ufeffBaku')).toBe('Baku');
  });

  it('keeps a byte order mark that is not at the start (it is then a zero-width no-break space)', () => {
    expect(normaliseText('a\ufeffb')).toBe('a\ufeffb');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseText('one\r\ntwo\rthree\n\r\nfour')).toBe('one\ntwo\nthree\n\nfour');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(normaliseText('e\u0301')).toBe('é');
    expect(normaliseText('S\u0327u\u0308')).toBe('Şü');
  });

  it('leaves NBSP, curly quotes, Azerbaijani letters and astral characters alone', () => {
    const text = 'Azerbaijan’s\u00a0“Əliyev” 😀 🇦🇿 𠀀';
    expect(normaliseText(text)).toBe(text);
    expect(isNormalised(text)).toBe(true);
  });

  it('reports text that would change', () => {
    expect(isNormalised('a\r\nb')).toBe(false);
    expect(isNormalised('\ufeffa')).toBe(false);
    expect(isNormalised('e\u0301')).toBe(false);
  });

  it('is idempotent and leaves no CR behind', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\r', '\n', '\ufeff', 'e', '\u0301'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
        }),
        (text) => {
          const once = normaliseText(text);
          expect(normaliseText(once)).toBe(once);
          expect(isNormalised(once)).toBe(true);
          expect(once).not.toContain('\r');
        },
      ),
    );
  });
});

describe('documentText', () => {
  it('removes at the end exactly what trimEnd removes, for every character of the BMP', () => {
    // The class is spelled out for the documentation; the ids of texts imported before must not move.
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `a${String.fromCharCode(code)}`;
      expect(documentText(text)).toBe(normaliseText(text).trimEnd());
    }
  });

  it('keeps leading whitespace, normalises, then trims', () => {
    expect(documentText('\uFEFF\n  A\u0308\r\n\u3000\n')).toBe('\n  Ä');
  });
});
