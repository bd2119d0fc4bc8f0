// A document's text as a search sees it, with the way back to the original. Most characters
// fold to one of the same length (A → a, é → e, a no-break space → a space), so instead of an
// offset per character (four bytes for each of 35 million) only the characters whose fold
// changes length are recorded — ß → ss, ﬁ → fi, a soft hyphen → nothing — and a position maps
// back by a binary search over them. Positions here are UTF-16 indices of the two strings.

import { foldCharacter, type FoldMode } from './fold-character.ts';

export interface FoldedText {
  readonly folded: string;
  /** Per character whose fold changed length: where its fold starts in `folded`… */
  readonly foldedStarts: readonly number[];
  /** …how long its fold is, where it starts in the original and how long it is there. */
  readonly foldedLengths: readonly number[];
  readonly originalStarts: readonly number[];
  readonly originalLengths: readonly number[];
}

// ASCII letters are lowered by one toLowerCase over the whole text afterwards (fast, and of the
// same length); everything else (beyond printable ASCII and the line feed: a tab, a no-break
// space, any letter with an accent) goes through foldCharacter, cached per character.
const NON_ASCII_OR_TAB = /[^\n -~]/gu;

/** Folds `text` for `mode`, recording the characters whose fold changes length. */
export function foldText(text: string, mode: FoldMode): FoldedText {
  const foldedStarts: number[] = [];
  const foldedLengths: number[] = [];
  const originalStarts: number[] = [];
  const originalLengths: number[] = [];
  const cache = new Map<string, string>();
  let delta = 0;
  let folded = text.replace(NON_ASCII_OR_TAB, (character: string, offset: number) => {
    let fold = cache.get(character);
    if (fold === undefined) cache.set(character, (fold = foldCharacter(character, mode)));
    if (fold.length !== character.length) {
      foldedStarts.push(offset + delta);
      foldedLengths.push(fold.length);
      originalStarts.push(offset);
      originalLengths.push(character.length);
      delta += fold.length - character.length;
    }
    return fold;
  });
  // Folds of non-ASCII characters are already lower case, so this only lowers ASCII letters.
  if (!mode.matchCase) folded = folded.toLowerCase();
  return { folded, foldedStarts, foldedLengths, originalStarts, originalLengths };
}

/** The last recorded character whose fold starts at or before `position` (strictly before, when `strict`). */
function lastSegmentBefore(text: FoldedText, position: number, strict: boolean): number {
  const starts = text.foldedStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (strict ? starts[mid]! < position : starts[mid]! <= position) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * The original index where a match starting at folded `position` starts: inside a character's
 * expansion (the second s of ß) it is that character's start; after a vanished character, after it.
 */
export function originalStartOf(text: FoldedText, position: number): number {
  const i = lastSegmentBefore(text, position, false);
  if (i < 0) return position;
  const foldedEnd = text.foldedStarts[i]! + text.foldedLengths[i]!;
  const originalEnd = text.originalStarts[i]! + text.originalLengths[i]!;
  return position < foldedEnd ? text.originalStarts[i]! : originalEnd + (position - foldedEnd);
}

/**
 * The original index where a match ending at folded `position` (exclusive) ends: inside a
 * character's expansion it is that character's end, so a hit never splits a character.
 */
export function originalEndOf(text: FoldedText, position: number): number {
  const i = lastSegmentBefore(text, position, true);
  if (i < 0) return position;
  const foldedEnd = text.foldedStarts[i]! + text.foldedLengths[i]!;
  const originalEnd = text.originalStarts[i]! + text.originalLengths[i]!;
  return position < foldedEnd ? originalEnd : originalEnd + (position - foldedEnd);
}
