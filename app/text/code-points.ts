// Conversions between UTF-16 indices (JavaScript, DOM) and code-point offsets (the dataset).
// A document is indexed once: the UTF-16 positions of its astral characters (the only ones
// that take two units) are recorded, and each conversion is a binary search over them, so
// a 1 MB document with no emoji costs one empty array and O(1) lookups.

import { codePoints, utf16, type CodePointOffset, type Utf16Index } from '../model/offsets.ts';

/** Index of one text's astral characters, for O(log n) conversions in both directions. */
export class CodePointIndex {
  /** UTF-16 index of the high surrogate of each astral character, ascending. */
  private readonly astralUtf16: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralUtf16.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astralUtf16.length;
  }

  /** The UTF-16 index where the code point at `offset` begins. */
  toUtf16(offset: CodePointOffset): Utf16Index {
    // The k-th astral character (0-based) sits at code-point offset astralUtf16[k] - k.
    let low = 0;
    let high = this.astralUtf16.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.astralUtf16[mid]! - mid < offset) low = mid + 1;
      else high = mid;
    }
    return utf16(offset + low);
  }

  /**
   * The code-point offset of a UTF-16 index. An index inside a surrogate pair (between its two
   * halves) rounds down to the character's start.
   */
  toCodePoint(index: Utf16Index): CodePointOffset {
    let low = 0;
    let high = this.astralUtf16.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.astralUtf16[mid]! < index) low = mid + 1;
      else high = mid;
    }
    // `low` astral characters start before `index`, each one unit longer than a code point.
    // If the last of them straddles `index`, index - low is still that character's start.
    return codePoints(index - low);
  }
}

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** The substring between two code-point offsets (end-exclusive). */
export function sliceByCodePoints(
  text: string,
  start: number,
  end: number,
  index = new CodePointIndex(text),
): string {
  return text.slice(index.toUtf16(codePoints(start)), index.toUtf16(codePoints(end)));
}
