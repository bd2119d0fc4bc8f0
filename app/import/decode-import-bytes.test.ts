import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from './decode-import-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeImportBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeImportBytes('a.json', utf8('\uFEFF{"a":"Azərbaycan"}'))).toEqual({
      ok: true,
      value: '{"a":"Azərbaycan"}',
    });
  });

  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(), 'a.json is empty'],
    ['a file of blanks', utf8(' \n\t\n'), 'a.json is empty'],
    [
      'Latin-1',
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
      'a.json is not valid UTF-8: invalid byte sequence at byte 6',
    ],
    [
      'UTF-16',
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00]),
      'a.json is not valid UTF-8: it is UTF-16 (save it as UTF-8 and import it again)',
    ],
    [
      'binary',
      new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00]),
      'a.json is not a text file: it contains binary data (NUL byte at byte 3)',
    ],
  ])('refuses %s precisely', (_, bytes, message) => {
    expect(decodeImportBytes('a.json', bytes)).toEqual({ ok: false, error: message });
  });
});
