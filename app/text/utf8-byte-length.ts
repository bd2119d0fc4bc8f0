// How many bytes a string takes in UTF-8, counted without encoding it (a second copy of a
// 500 MB library would be what the size check is there to avoid). Limits on what is saved or
// restored are in bytes: a string's `length` counts UTF-16 units, which undercounts any text
// outside ASCII (é is 1 unit and 2 bytes, € 1 unit and 3 bytes).

/** The UTF-8 length of `text`; a lone surrogate counts 3 bytes, as TextEncoder writes U+FFFD. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a pair: one code point past U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether `text` takes more than `limit` bytes in UTF-8. Each UTF-16 unit is 1 to 3 bytes, so
 * the length alone answers most cases; only a text between limit / 3 and limit units is
 * counted.
 */
export function utf8ByteLengthExceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8ByteLength(text) > limit;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
