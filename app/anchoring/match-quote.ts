// Finding a quote in a text, after Hypothesis' match-quote.ts: exact occurrences first (cheap,
// and an exact quote is the strongest evidence there is), then approximate ones with the fewest
// errors (Myers' bit-parallel algorithm, in approx-string-match). Candidates are ranked by
// score-candidate.ts; whether the best is good enough is anchor-selector.ts's decision. One
// addition: exact occurrences that were judged to be in the wrong context can be masked, so
// that "Mike Pompeo" typed "Mike Pompoe" in its own sentence is still found although the name
// occurs, correctly spelt, elsewhere (Hypothesis would take the other occurrence).

import approxSearch from 'approx-string-match';
import { codePoints, utf16, type CodePointOffset } from '../model/offsets.ts';
import type { CodePointIndex } from '../text/code-points.ts';
import {
  scoreCandidate,
  type Candidate,
  type CandidateScore,
  type MatchContext,
} from './score-candidate.ts';

/**
 * Most errors an approximate match may have: half the quote, at most 256 (Hypothesis' choice;
 * the search costs O(maxErrors / 32 × text length)). Counted in UTF-16 units, the unit the
 * search works in; the two differ only for astral characters.
 */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

export interface QuoteMatch {
  start: CodePointOffset;
  end: CodePointOffset;
  /** 0–1 each, see scoreCandidate. */
  score: CandidateScore;
  /** How many candidates were compared: exact occurrences, or best approximate ones. */
  candidates: number;
}

/** What is known besides the quote; `hint` is a code-point offset. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

/**
 * The best of the places where the quote occurs with the fewest errors, at most
 * maxErrorsFor(quote), outside the `excluded` places (ascending; exact occurrences already
 * judged and rejected, which would otherwise be found again with no errors).
 */
export function findApproximateQuote(
  text: string,
  quote: string,
  context: QuoteContext,
  index: CodePointIndex,
  excluded: readonly Candidate[] = [],
): QuoteMatch | undefined {
  if (quote.length === 0 || text.length === 0) return undefined;
  const candidates = approxSearch(maskRanges(text, excluded), quote, maxErrorsFor(quote)).map(
    (match) => ({
      start: match.start,
      end: match.end,
      quoteScore: 1 - match.errors / quote.length,
    }),
  );
  return bestCandidate(candidates, text, context, index);
}

/**
 * The text with the given ranges (ascending, possibly overlapping) replaced by U+FFFF, a
 * noncharacter no quote contains: positions stay put, and a masked place can only count as
 * errors. Built in one pass, since a common word may occur thousands of times.
 */
function maskRanges(text: string, ranges: readonly Candidate[]): string {
  if (ranges.length === 0) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (const { start, end } of ranges) {
    const from = Math.max(start, copied);
    if (end <= from) continue;
    pieces.push(text.slice(copied, from), '\uffff'.repeat(end - from));
    copied = end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** The UTF-16 ranges of every exact occurrence, overlapping ones included. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    // A quote that begins with a lone low surrogate can match inside an emoji; such a match
    // has no code-point offsets, so it is no match.
    if (!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, at + quote.length))
      found.push({ start: at, end: at + quote.length, quoteScore: 1 });
  }
  return found;
}

/** The highest-scoring candidate, in code points; ties go to the earliest. */
export function bestCandidate(
  candidates: Candidate[],
  text: string,
  context: QuoteContext,
  index: CodePointIndex,
): QuoteMatch | undefined {
  const utf16Context: MatchContext = {
    prefix: context.prefix,
    suffix: context.suffix,
    hint: context.hint === undefined ? undefined : index.toUtf16(clamped(context.hint, index)),
  };
  let best: { candidate: Candidate; score: CandidateScore } | undefined;
  for (const candidate of candidates) {
    const aligned = alignToCodePoints(text, candidate);
    if (aligned.end <= aligned.start) continue;
    const score = scoreCandidate(text, aligned, utf16Context);
    if (best === undefined || score.total > best.score.total) best = { candidate: aligned, score };
  }
  if (best === undefined) return undefined;
  return {
    start: index.toCodePoint(utf16(best.candidate.start)),
    end: index.toCodePoint(utf16(best.candidate.end)),
    score: best.score,
    candidates: candidates.length,
  };
}

/**
 * An approximate match may start or end between the halves of an astral character; widen it
 * to whole characters so it has code-point offsets and its text can be stored as a quote.
 */
function alignToCodePoints(text: string, candidate: Candidate): Candidate {
  const start = splitsSurrogatePair(text, candidate.start) ? candidate.start - 1 : candidate.start;
  const end = splitsSurrogatePair(text, candidate.end) ? candidate.end + 1 : candidate.end;
  return start === candidate.start && end === candidate.end
    ? candidate
    : { start, end, quoteScore: candidate.quoteScore };
}

/** True when a UTF-16 position falls between a high and a low surrogate. */
function splitsSurrogatePair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function clamped(offset: number, index: CodePointIndex): CodePointOffset {
  const whole = Number.isFinite(offset) ? Math.trunc(offset) : 0;
  return codePoints(Math.min(Math.max(0, whole), index.codePointLength));
}
