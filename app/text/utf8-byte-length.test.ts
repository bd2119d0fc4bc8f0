import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength, utf8ByteLengthExceeds } from './utf8-byte-length.ts';

const encoder = new TextEncoder();

describe('utf8ByteLength', () => {
  it('counts what TextEncoder writes, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '€', '🇺🇸', 'Əliyev “ABŞ”', '\ud800', 'a\udc00b', '\ud83d'])
      expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});

describe('utf8ByteLengthExceeds', () => {
  it('answers by bytes, not UTF-16 units', () => {
    // 4 units, 12 bytes: under a 5-unit limit by length, over it by bytes.
    expect(utf8ByteLengthExceeds('€€€€', 5)).toBe(true);
    expect(utf8ByteLengthExceeds('€€€€', 12)).toBe(false);
    expect(utf8ByteLengthExceeds('éé', 3)).toBe(true);
    expect(utf8ByteLengthExceeds('éé', 4)).toBe(false);
    expect(utf8ByteLengthExceeds('abcdef', 5)).toBe(true);
    expect(utf8ByteLengthExceeds('ab', 6)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(40), (text, limit) => {
        expect(utf8ByteLengthExceeds(text, limit)).toBe(encoder.encode(text).length > limit);
      }),
    );
  });
});
