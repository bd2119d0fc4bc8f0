import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes, firstInvalidUtf8Byte } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('decodeDocumentBytes', () => {
  it('decodes UTF-8 with curly quotes, NBSP, Azerbaijani letters and emoji', () => {
    const text = 'Azerbaijan’s “Əliyev”\u00a0said 😀\n';
    expect(decodeDocumentBytes('news.txt', utf8(text))).toEqual({ ok: true, value: text });
  });

  it('keeps a BOM and CRLF for normalisation to deal with', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb')]);
    expect(decodeDocumentBytes('bom.txt', bytes)).toEqual({ ok: true, value: '\ufeffa\r\nb' });
  });

  it('refuses an empty file', () => {
    expect(decodeDocumentBytes('x.txt', new Uint8Array())).toEqual({
      ok: false,
      error: 'x.txt is empty',
    });
  });

  it('refuses a file with a NUL byte, naming the byte', () => {
    const bytes = new Uint8Array(1500).fill(0x61);
    bytes[1234] = 0;
    expect(decodeDocumentBytes('report.pdf', bytes)).toEqual({
      ok: false,
      error: 'report.pdf is not a text file: it contains binary data (NUL byte at byte 1,234)',
    });
  });

  it('refuses a PNG as binary', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decodeDocumentBytes('photo.txt', png)).toEqual({
      ok: false,
      error: 'photo.txt is not a text file: it contains binary data (NUL byte at byte 8)',
    });
  });

  it('refuses a file full of control characters even without a NUL', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0x01 : 0x41));
    const result = decodeDocumentBytes('data.txt', bytes);
    expect(result).toEqual({
      ok: false,
      error:
        'data.txt is not a text file: it contains binary data (50 control characters in the first 200 bytes)',
    });
  });

  it('accepts a text with the odd form feed and escape', () => {
    const text = `${'word '.repeat(100)}\f\u001b[1m bold`;
    expect(decodeDocumentBytes('old.txt', utf8(text))).toEqual({ ok: true, value: text });
  });

  it('refuses Latin-1 bytes as not UTF-8, naming the first bad byte', () => {
    // "Baku café" in Latin-1: é is the single byte 0xE9 at offset 8.
    const latin1 = new Uint8Array([...utf8('Baku caf'), 0xe9, 0x20, 0x61]);
    expect(decodeDocumentBytes('notes.txt', latin1)).toEqual({
      ok: false,
      error: 'notes.txt is not valid UTF-8: invalid byte sequence at byte 8',
    });
  });

  it('refuses UTF-16 with a hint rather than a list of NUL bytes', () => {
    const result = decodeDocumentBytes('word.txt', new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(result).toEqual({
      ok: false,
      error: 'word.txt is not valid UTF-8: it is UTF-16 (save it as UTF-8 and import it again)',
    });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['a truncated sequence at the end', [0x61, 0xe2, 0x80], 1],
    ['a lone continuation byte', [0x61, 0x62, 0x80], 2],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lead byte followed by ASCII', [0x61, 0x62, 0x63, 0xc3, 0x41], 3],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(offset);
  });

  it('returns null for any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(firstInvalidUtf8Byte(utf8(text))).toBeNull();
      }),
    );
  });

  it('agrees with TextDecoder on arbitrary bytes, and the prefix before the bad byte is valid', () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), fc.array(byte, { maxLength: 24 }), (a, b) => {
        const bytes = new Uint8Array([...a, ...b]);
        const invalid = firstInvalidUtf8Byte(bytes);
        expect(invalid === null).toBe(isValidUtf8(bytes));
        if (invalid !== null) expect(isValidUtf8(bytes.subarray(0, invalid))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
