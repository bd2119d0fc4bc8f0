import { describe, expect, it } from 'vitest';
import { contentId, murmur3x86x128 } from './content-id.ts';

/** The hash's 16 output bytes as hex, each word little-endian (the reference's output order). */
function hex(text: string): string {
  return murmur3x86x128(text)
    .map((word) =>
      [0, 8, 16, 24]
        .map((shift) => ((word >>> shift) & 0xff).toString(16).padStart(2, '0'))
        .join(''),
    )
    .join('');
}

describe('murmur3x86x128', () => {
  // From the C reference through Python's mmh3 5.3: mmh3.hash_bytes(text.encode('utf-16-le'),
  // 0, x64arch=False).hex(). Every tail length (0 to 7 code units) and a multi-block text.
  it.each([
    ['', '00000000000000000000000000000000'],
    ['a', '96b13b03e14fefcce14fefcce14fefcc'],
    ['ab', '53b90f26fdb622affdb622affdb622af'],
    ['abc', 'a3975b2bb55ff720b4c21250b4c21250'],
    ['abcd', 'c782ef95a29aece40db08c0a0db08c0a'],
    ['abcdefg', '5ede1f85ab9a1af8321f352aa78c8efa'],
    ['abcdefgh', '5576356ca198f88d0d236da714711442'],
    ['abcdefghi', '32d7a31786e4ee37e19ed304dc6d7fee'],
    ['The quick brown fox jumps over the lazy dog', '86b6be15caf6940f4d89d4fe5b6dbe28'],
    ['ünïcödé 😀 text', '369136d98f3a2c0730fda318a397802b'],
    ['x'.repeat(37), '6bf6ae3f766f40b31ea3d774dfb457d2'],
  ])('hashes %j as the reference does', (text, expected) => {
    expect(hex(text)).toBe(expected);
  });
});

describe('contentId', () => {
  it('is a version-8 UUID of RFC 9562 variant', () => {
    expect(contentId('ns', ['a', 1])).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('depends on the namespace and on where parts begin and end', () => {
    const ids = [
      contentId('ns', ['ab', 'c']),
      contentId('ns', ['a', 'bc']),
      contentId('ns', ['abc']),
      contentId('other', ['ab', 'c']),
      contentId('ns', [12, 3]),
      contentId('ns', ['12', '3']),
    ];
    expect(new Set(ids).size).toBe(5); // a number and its decimal text are the same part
    expect(contentId('ns', ['ab', 'c'])).toBe(ids[0]);
  });

  // Ids written into files and review entries must never change: these were produced by the
  // first implementation (which hashed the concatenated key string).
  it('gives the ids it has always given', () => {
    expect(
      contentId('marginalia/span-group/v1', [
        '0b9d6b3e-6a8c-4d2e-9a51-3f0f3c1f2a10',
        'e7c1f0aa-1b2c-4d3e-8f90-123456789abc',
      ]),
    ).toBe('7041ef91-0d3b-817a-b8a7-644eb0ccb3b4');
    expect(
      contentId('marginalia/reconciled-annotation/v1', [
        '8a1b2c3d-0000-8000-8000-000000000001',
        'claim',
        12,
        345,
      ]),
    ).toBe('08bd8208-fdc4-8144-b10b-77a8b69f2e43');
    expect(contentId('ns', ['ünïcödé 😀', '', 'x'.repeat(300)])).toBe(
      'd36aaedb-0d11-8704-af08-827e06b6a34c',
    );
  });

  it('gives 100,000 similar inputs 100,000 ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 100_000; i++) ids.add(contentId('ns', [`ann-${i}`, 'ann-0']));
    expect(ids.size).toBe(100_000);
  });
});
