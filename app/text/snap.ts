// What an analyst drags over is rarely exactly a phrase: the mouse lands a letter short, or a
// space past the end. Trimming whitespace is always right (a span that starts with a space is
// never what anyone meant); completing half-selected words is an option the user can turn off.

import { utf16, type Utf16Range } from '../model/offsets.ts';

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

/** Apostrophes and hyphens that join two words into one ("Azerbaijan’s", "Nagorno-Karabakh"). */
const JOINERS = new Set(["'", '’', '-', '\u2010', '\u2011']);

/** Any Unicode white space: spaces, NBSP, U+2000–U+200A, U+3000, line and paragraph breaks. */
const WHITESPACE = /^\s$/u;

export interface SnapOptions {
  /** Extend ends that fall inside a word to the word's edges. */
  snap: boolean;
}

/**
 * Trims white space off a selection and, with `snap`, completes half-selected words at either
 * end. Returns null when nothing but white space is selected. Never splits a surrogate pair.
 */
export function snapToWords(
  text: string,
  range: Utf16Range,
  options: SnapOptions,
): Utf16Range | null {
  let start = Math.max(0, Math.min(range.start, text.length));
  let end = Math.max(0, Math.min(range.end, text.length));
  if (start >= end) return null;
  // A DOM selection can end between the halves of an emoji; widen to the whole character.
  if (isLowSurrogateAt(text, start) && isHighSurrogateAt(text, start - 1)) start--;
  if (isLowSurrogateAt(text, end) && isHighSurrogateAt(text, end - 1)) end++;

  // White space is all in the BMP, so stepping by one unit never lands inside a pair.
  while (start < end && WHITESPACE.test(text[start]!)) start++;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  if (start === end) return null;

  if (options.snap) {
    if (isInsideWord(text, previousCharacterStart(text, start), start)) {
      while (start > 0 && isWordPartAt(text, previousCharacterStart(text, start))) {
        start = previousCharacterStart(text, start);
      }
    }
    if (isInsideWord(text, end, previousCharacterStart(text, end))) {
      while (end < text.length && isWordPartAt(text, end)) end = nextCharacterEnd(text, end);
    }
  }
  return { start: utf16(start), end: utf16(end) };
}

/**
 * Whether a selection edge cuts a word: the selected character next to the edge is part of a
 * word and the unselected one beyond it is a letter, mark or digit. An edge right at an
 * apostrophe or hyphen is left alone, since stopping exactly there is deliberate ("Azerbaijan"
 * out of "Azerbaijan’s", "Karabakh" out of "Nagorno-Karabakh"); an edge anywhere else in a
 * word completes the whole word, joiners included.
 */
function isInsideWord(text: string, outside: number, inside: number): boolean {
  const character = characterAt(text, outside);
  return character !== null && WORD_CHARACTER.test(character) && isWordPartAt(text, inside);
}

/**
 * Whether the character at `index` belongs to a word: a letter, mark or digit, or an
 * apostrophe or hyphen with word characters on both sides. A closing quote after a word
 * (“the soldiers’ families”) and a dash between spaces are not part of any word.
 */
function isWordPartAt(text: string, index: number): boolean {
  const character = characterAt(text, index);
  if (character === null) return false;
  if (WORD_CHARACTER.test(character)) return true;
  if (!JOINERS.has(character) || index === 0) return false;
  const before = characterAt(text, previousCharacterStart(text, index));
  const after = characterAt(text, index + 1);
  return (
    before !== null && after !== null && WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after)
  );
}

/** The whole code point starting at `index`, or null outside the text. */
function characterAt(text: string, index: number): string | null {
  const codePoint = index < 0 ? undefined : text.codePointAt(index);
  return codePoint === undefined ? null : String.fromCodePoint(codePoint);
}

function previousCharacterStart(text: string, index: number): number {
  return isLowSurrogateAt(text, index - 1) && isHighSurrogateAt(text, index - 2)
    ? index - 2
    : index - 1;
}

function nextCharacterEnd(text: string, index: number): number {
  return isHighSurrogateAt(text, index) && isLowSurrogateAt(text, index + 1)
    ? index + 2
    : index + 1;
}

function isHighSurrogateAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogateAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
