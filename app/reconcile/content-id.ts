// Ids derived from what a thing is, for span groups and reconciled annotations: the same members
// give the same group id, and the same decision about a group gives the same annotation id, so
// merging twice or deciding twice changes nothing.
//
// Not SHA-256 (app/import/derived-annotation-id.ts): a merge derives one or two ids per span
// group, 200,000 of them for two annotators with 100,000 annotations each, and noble's SHA-256
// took 1.6 s for that on the 2-core machine, most of the 2 s the whole merge may take. These ids
// need to be distinct, not unforgeable: MurmurHash3 (x86, 128-bit) of the parts' UTF-16 code
// units gives that in a few tens of milliseconds. A forged collision would at worst make a
// merged file fail `marginalia validate` with a duplicate id, which says what happened.

/**
 * A UUID (version 8, RFC 9562's layout for custom ids) from `namespace` and `parts`. Each part
 * is length-prefixed, so ['ab', 'c'] and ['a', 'bc'] differ: the hash is of the code units of
 * `${namespace.length}:${namespace}${part.length}:${part}…`, written into a reused buffer rather
 * than built as a string (hashing a freshly concatenated string was most of the cost).
 */
export function contentId(namespace: string, parts: readonly (string | number)[]): string {
  let length = putPart(namespace, 0);
  for (const part of parts)
    length = putPart(typeof part === 'string' ? part : String(part), length);
  const [h1, h2, h3, h4] = murmur3x86x128Units(keyUnits, length);
  // The hash's 16 bytes in the reference's output order (each word little-endian), with the
  // version 8 in the high nibble of byte 6 and RFC 9562's variant in the top bits of byte 8.
  // Written as character codes into one string: Number#toString(16) is slow enough to double
  // the cost of a merge.
  let at = putWord(h1, 0);
  at = putWord((h2 & ~0x00f00000) | 0x00800000, at);
  at = putWord((h3 & ~0xc0) | 0x80, at);
  putWord(h4, at);
  return String.fromCharCode(...UUID_CODES);
}

/** The key being hashed, as UTF-16 code units; grown when a key does not fit. */
let keyUnits = new Uint16Array(1024);

/** Writes `${text.length}:${text}` into keyUnits from `at`; returns where it stopped. */
function putPart(text: string, at: number): number {
  const prefix = `${text.length}:`;
  const end = at + prefix.length + text.length;
  if (end > keyUnits.length) {
    const grown = new Uint16Array(Math.max(end, keyUnits.length * 2));
    grown.set(keyUnits.subarray(0, at));
    keyUnits = grown;
  }
  for (let i = 0; i < prefix.length; i++) keyUnits[at++] = prefix.charCodeAt(i);
  for (let i = 0; i < text.length; i++) keyUnits[at++] = text.charCodeAt(i);
  return at;
}

/** Writes the word's bytes (little-endian) as hex into UUID_CODES from `at`; returns where it stopped. */
function putWord(word: number, at: number): number {
  for (let byte = 0; byte < 4; byte++) {
    if (at === 8 || at === 13 || at === 18 || at === 23) UUID_CODES[at++] = DASH;
    const value = (word >>> (byte * 8)) & 0xff;
    UUID_CODES[at++] = HEX_DIGITS[value >>> 4]!;
    UUID_CODES[at++] = HEX_DIGITS[value & 0x0f]!;
  }
  return at;
}

/** Character codes of 0-9a-f, and of the dash. */
const HEX_DIGITS = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
/** Reused by every call: a UUID is 36 characters. */
const UUID_CODES = new Array<number>(36).fill(0);

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/**
 * MurmurHash3_x86_128 with seed 0 of the text's UTF-16LE bytes (Austin Appleby's reference
 * implementation, SMHasher), as four unsigned 32-bit words h1..h4.
 */
export function murmur3x86x128(text: string): [number, number, number, number] {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return murmur3x86x128Units(units, units.length);
}

/** murmur3x86x128 of the first `units` code units of `text`. */
function murmur3x86x128Units(text: Uint16Array, units: number): [number, number, number, number] {
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  // A 16-byte block is 8 code units; each 32-bit word is two of them, little-endian.
  const blockUnits = units - (units % 8);
  let i = 0;
  for (; i < blockUnits; i += 8) {
    h1 ^= mixK(text[i]! | (text[i + 1]! << 16), C1, 15, C2);
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    h2 ^= mixK(text[i + 2]! | (text[i + 3]! << 16), C2, 16, C3);
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    h3 ^= mixK(text[i + 4]! | (text[i + 5]! << 16), C3, 17, C4);
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    h4 ^= mixK(text[i + 6]! | (text[i + 7]! << 16), C4, 18, C1);
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }

  // The tail is whole code units (2, 4, … 14 bytes), zero-filled as the reference's tail words
  // (the buffer may hold an earlier key's units past the end).
  const tail = units - blockUnits;
  const at = (index: number) => (index < units ? text[index]! : 0);
  if (tail > 6) h4 ^= mixK(at(i + 6), C4, 18, C1);
  if (tail > 4) h3 ^= mixK(at(i + 4) | (at(i + 5) << 16), C3, 17, C4);
  if (tail > 2) h2 ^= mixK(at(i + 2) | (at(i + 3) << 16), C2, 16, C3);
  if (tail > 0) h1 ^= mixK(at(i) | (at(i + 1) << 16), C1, 15, C2);

  const length = units * 2; // in bytes
  h1 ^= length;
  h2 ^= length;
  h3 ^= length;
  h4 ^= length;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h3 = fmix32(h3);
  h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function mixK(k: number, first: number, rotation: number, second: number): number {
  return Math.imul(rotl(Math.imul(k, first), rotation), second);
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
