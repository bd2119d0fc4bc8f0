// The items token-level kappas are computed over. A token is a word (letters and digits, joined
// by single apostrophes or hyphens: "don't", "Nagorno-Karabakh", "COVID-19") or any other
// single non-space character (punctuation, a symbol, an emoji). The issue gives the ASCII
// pattern /[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*|[^A-Za-z0-9\s]/; its classes are widened to all of
// Unicode: letters \p{L}, digits \p{N}, and combining marks \p{M}, which belong to the
// character they follow (a decomposed "é", a Devanagari vowel sign, the variation selector
// that makes "🕊️" an emoji) rather than being tokens of their own. The apostrophe is ASCII '
// only, as in the original pattern: "Azerbaijan’s" (U+2019) is three tokens.
//
// TOKEN_PATTERN is the definition; tokenize() is a hand-written scanner that finds the same
// matches (a property test holds it to that) about 20 times faster than matchAll, which at
// 10 MB of text is the difference between a second and 50 ms.

/** The definition of a token, as a regular expression (tokenize() is equivalent and faster). */
export const TOKEN_PATTERN =
  /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*|[^\p{L}\p{M}\p{N}\s]\p{M}*/gu;

/** Token boundaries in code points, end-exclusive: token i is [starts[i], ends[i]). */
export interface TokenOffsets {
  starts: Int32Array;
  ends: Int32Array;
  /** The text's length in code points (the scan counts it anyway). */
  length: number;
}

// Character classes as bits: WORD_LIKE is set for letters, digits and marks, so the hot loop
// (inside a word) tests one bit.
const SPACE = 0b001;
const WORD_LIKE = 0b010;
const OTHER = 0b100;
const WORD = WORD_LIKE; // a letter or a digit
const MARK = WORD_LIKE | OTHER; // a combining mark: part of a word, or of the symbol before it
const CLASS_MASK = 0b111;
const WIDTH_SHIFT = 3;

/** The tokens of `text`, in order, as code-point offsets. */
export function tokenize(text: string): TokenOffsets {
  let starts = scratchStarts;
  let ends = scratchEnds;
  let count = 0;
  const length = text.length;
  let index = 0; // UTF-16
  let offset = 0; // code points
  while (index < length) {
    let read = classAt(text, index);
    index += read >>> WIDTH_SHIFT;
    const start = offset++;
    if ((read & SPACE) !== 0) continue;
    if ((read & WORD_LIKE) !== 0) {
      for (;;) {
        while (index < length) {
          read = classAt(text, index);
          if ((read & WORD_LIKE) === 0) break;
          index += read >>> WIDTH_SHIFT;
          offset++;
        }
        // A joiner continues the word only when a letter, digit or mark follows it.
        if (index + 1 >= length) break;
        const unit = text.charCodeAt(index);
        if ((unit !== 0x27 && unit !== 0x2d) || (classAt(text, index + 1) & WORD_LIKE) === 0) break;
        index++;
        offset++;
      }
    } else {
      while (index < length) {
        read = classAt(text, index);
        if ((read & CLASS_MASK) !== MARK) break;
        index += read >>> WIDTH_SHIFT;
        offset++;
      }
    }
    if (count === starts.length) {
      scratchStarts = starts = grow(starts);
      scratchEnds = ends = grow(ends);
    }
    starts[count] = start;
    ends[count] = offset;
    count++;
  }
  return { starts: starts.slice(0, count), ends: ends.slice(0, count), length: offset };
}

// Token boundaries are collected here and copied out at their final size: one allocation per
// call instead of a guess that is mostly wasted.
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

/** The class of the code point at UTF-16 `index`, with its width in units above CLASS_MASK. */
function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const known = bmpClasses[unit]!;
  if (known !== 0) return known;
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      let astral = astralClasses.get(codePoint);
      if (astral === undefined) astralClasses.set(codePoint, (astral = classify(codePoint)));
      return astral | (2 << WIDTH_SHIFT);
    }
  }
  const single = classify(unit) | (1 << WIDTH_SHIFT);
  // High surrogates are never cached: whether one starts a pair depends on what follows.
  if (unit < 0xd800 || unit > 0xdbff) bmpClasses[unit] = single;
  return single;
}

/** Classes (with width 1) of BMP characters, filled in as they are met; 0 is "not yet". */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The class by the same Unicode properties TOKEN_PATTERN uses, so the two cannot drift. */
function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  if (SPACE_PATTERN.test(character)) return SPACE;
  if (MARK_PATTERN.test(character)) return MARK;
  if (WORD_PATTERN.test(character)) return WORD;
  return OTHER;
}

// Compiled once: a regular expression literal inside classify() would be rebuilt on every call,
// and with a class as large as \p{L} that costs about 80 µs each time.
const SPACE_PATTERN = /\s/u;
const MARK_PATTERN = /\p{M}/u;
const WORD_PATTERN = /[\p{L}\p{N}]/u;

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
