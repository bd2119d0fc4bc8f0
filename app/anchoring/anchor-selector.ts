// Anchoring one selector against a text, the way a careful annotation client does (Hypothesis'
// anchoring, adapted to standoff text): offsets first, verified against the quote; if they do
// not hold the quote, the quote is searched for, exactly and then approximately, and the best
// place is taken only if it is alike enough. What cannot be placed becomes an orphan with a
// reason, never a span at offsets that might be wrong.

import { QUOTE_CONTEXT_LENGTH } from '../model/annotation.ts';
import { codePoints } from '../model/offsets.ts';
import { CodePointIndex, codePointLength, sliceByCodePoints } from '../text/code-points.ts';
import type { AnchorResult, TextSelector } from './anchor-result.ts';
import { checkPosition, type PositionCheck } from './check-position.ts';
import {
  bestCandidate,
  exactOccurrences,
  findApproximateQuote,
  type QuoteMatch,
} from './match-quote.ts';
import { showQuote } from './show-quote.ts';

/**
 * Lowest overall score (score-candidate.ts) at which a quote found away from its offsets is
 * accepted. With intact context that allows up to about 45 % of the quote changed; with no
 * context at all, about 25 %.
 */
export const MATCH_THRESHOLD = 0.75;

/**
 * When the selector has context, at least one side (prefix or suffix) must be this alike at the
 * new place. A moved paragraph or an insertion keeps one side intact; a lookalike elsewhere
 * ("Azerbaijan" after another "between Armenia and ") does not, and Hypothesis' score alone
 * let such a deleted span land on it.
 */
export const CONTEXT_THRESHOLD = 0.8;

/**
 * A quote at least this long (code points) that occurs exactly once is accepted wherever it
 * is, whatever its context: a whole paragraph moved changes both sides of its context, and a
 * unique quote this long does not occur by chance.
 */
export const UNMISTAKABLE_QUOTE_LENGTH = QUOTE_CONTEXT_LENGTH;

/**
 * Places a selector in `text` (normalised, as the library stores it). All offsets are code
 * points. Pass the text's `index` when anchoring many selectors on one text: offsets that hold
 * their quote are then checked in O(quote length).
 */
export function anchorSelector(
  text: string,
  selector: TextSelector,
  index: CodePointIndex = new CodePointIndex(text),
): AnchorResult {
  const position = checkPosition(selector, index.codePointLength);
  const quote = selector.quote === '' ? undefined : selector.quote;
  if (
    position.kind === 'usable' &&
    (quote === undefined || holdsQuote(text, position, quote, index))
  )
    return { status: 'exact', start: position.start, end: position.end };
  if (quote === undefined) {
    return {
      status: 'orphan',
      reason:
        position.kind === 'unusable'
          ? `${position.reason} and there is no quote to search for`
          : 'neither offsets nor a quote say where it is',
    };
  }

  const { prefix, suffix } = selector;
  const hint = position.kind === 'absent' ? undefined : positionHint(position);
  const context = { prefix, suffix, hint };
  const offsetsNote = describePosition(text, position, index);
  // Where the selector said it was: its offsets, or why they could not be used.
  const origin =
    position.kind === 'usable'
      ? { from: { start: position.start, end: position.end } }
      : position.kind === 'unusable'
        ? { offsetsProblem: position.reason }
        : {};

  const occurrences = exactOccurrences(text, quote);
  const exact = bestCandidate(occurrences, text, context, index);
  if (exact !== undefined) {
    if (!prefix && !suffix && hint === undefined && occurrences.length > 1) {
      return orphan(
        `quote ${showQuote(quote)} occurs ${occurrences.length} times and nothing (offsets or context) says which`,
        offsetsNote,
      );
    }
    if (isUnmistakable(quote, exact) || shortfallOf(exact) === undefined) {
      const moved = { status: 'moved' as const, start: exact.start, end: exact.end };
      return { ...moved, ...origin };
    }
  }

  // No exact occurrence, or only in other contexts: the quote may have been edited in place.
  const approximate = findApproximateQuote(text, quote, context, index, occurrences);
  const approximateShortfall = approximate && shortfallOf(approximate);
  if (approximate !== undefined && approximateShortfall === undefined) {
    const fuzzy = {
      status: 'fuzzy' as const,
      start: approximate.start,
      end: approximate.end,
      score: approximate.score.total,
      foundQuote: sliceByCodePoints(text, approximate.start, approximate.end, index),
    };
    return { ...fuzzy, ...origin };
  }

  // The exact occurrence explains the failure best when there is one: it is the quote itself,
  // just not where its context says.
  if (exact !== undefined) {
    return orphan(
      `quote ${showQuote(quote)} occurs in the document, but not in its context ` +
        `(the closest, at ${exact.start}–${exact.end}, ${shortfallOf(exact)})`,
      offsetsNote,
    );
  }
  const notFound = `quote ${showQuote(quote)} not found in the document`;
  if (approximate === undefined) return orphan(notFound, offsetsNote);
  const found = sliceByCodePoints(text, approximate.start, approximate.end, index);
  return orphan(
    `${notFound} (the closest text, ${showQuote(found)} at ${approximate.start}–${approximate.end}, ${approximateShortfall})`,
    offsetsNote,
  );
}

/** Whether the text between the (valid) offsets is the quote: O(quote length + log n). */
function holdsQuote(
  text: string,
  range: { start: number; end: number },
  quote: string,
  index: CodePointIndex,
): boolean {
  const from = index.toUtf16(codePoints(range.start));
  const to = index.toUtf16(codePoints(range.end));
  return to - from === quote.length && text.startsWith(quote, from);
}

function positionHint(position: Exclude<PositionCheck, { kind: 'absent' }>): number | undefined {
  return position.kind === 'usable' ? position.start : position.hint;
}

function isUnmistakable(quote: string, match: QuoteMatch): boolean {
  return match.candidates === 1 && codePointLength(quote) >= UNMISTAKABLE_QUOTE_LENGTH;
}

/** Why a match is not alike enough, as "has context 55 % alike; 80 % needed"; undefined if it is. */
function shortfallOf({ score }: QuoteMatch): string | undefined {
  const sides = [score.prefix, score.suffix].filter((side) => side !== undefined);
  const context = sides.length === 0 ? undefined : Math.max(...sides);
  if (context !== undefined && context < CONTEXT_THRESHOLD)
    return `has context ${percent(context)} alike; ${percent(CONTEXT_THRESHOLD)} needed`;
  if (score.total < MATCH_THRESHOLD)
    return `is ${percent(score.total)} alike; ${percent(MATCH_THRESHOLD)} needed`;
  return undefined;
}

/** Why the offsets did not do, for the end of an orphan's reason; '' when there were none. */
function describePosition(text: string, position: PositionCheck, index: CodePointIndex): string {
  if (position.kind === 'absent') return '';
  if (position.kind === 'unusable') return position.reason;
  const held = sliceByCodePoints(text, position.start, position.end, index);
  return `offsets ${position.start}–${position.end} hold ${showQuote(held)}`;
}

/** 0.7499 → "74 %": rounded down, so a score just short of a threshold never reads as equal. */
function percent(value: number): string {
  return `${Math.floor(value * 100)} %`;
}

function orphan(reason: string, offsetsNote: string): AnchorResult {
  return { status: 'orphan', reason: offsetsNote === '' ? reason : `${reason}; ${offsetsNote}` };
}
