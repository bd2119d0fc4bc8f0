// Ranking where a quote might be, after Hypothesis' matchQuote: similarity of the quote itself
// weighs most, then the text either side against the stored prefix and suffix, then (as a tie
// breaker) nearness to where the offsets said it was. One change: a part the selector does not
// have is left out of the average instead of counting as a perfect match, so a bare quote with
// no context is judged on the quote alone (Hypothesis scores missing context as 1.0, which
// would let a short, badly mangled bare quote pass any threshold).

import { textMatchScore } from './text-match-score.ts';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** What is known about where the quote was, in UTF-16 units of the text being searched. */
export interface MatchContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote was expected to start. */
  hint?: number;
}

/** A place in the text, UTF-16 units, end-exclusive, with its quote similarity (0–1). */
export interface Candidate {
  start: number;
  end: number;
  quoteScore: number;
}

/** How a candidate compares with the selector, each part 0–1; undefined parts were not given. */
export interface CandidateScore {
  /** The weighted average of the parts: what candidates are ranked by. */
  total: number;
  quote: number;
  prefix?: number;
  suffix?: number;
}

/** Scores a candidate: quote, prefix, suffix and position similarity, and their weighted average. */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  context: MatchContext,
): CandidateScore {
  const score: CandidateScore = { total: 0, quote: candidate.quoteScore };
  let total = QUOTE_WEIGHT * candidate.quoteScore;
  let weights = QUOTE_WEIGHT;
  const { prefix, suffix, hint } = context;
  if (prefix) {
    const before = text.slice(Math.max(0, candidate.start - prefix.length), candidate.start);
    score.prefix = textMatchScore(before, prefix);
    total += PREFIX_WEIGHT * score.prefix;
    weights += PREFIX_WEIGHT;
  }
  if (suffix) {
    const after = text.slice(candidate.end, candidate.end + suffix.length);
    score.suffix = textMatchScore(after, suffix);
    total += SUFFIX_WEIGHT * score.suffix;
    weights += SUFFIX_WEIGHT;
  }
  if (hint !== undefined && text.length > 0) {
    total += POSITION_WEIGHT * (1 - Math.min(1, Math.abs(candidate.start - hint) / text.length));
    weights += POSITION_WEIGHT;
  }
  score.total = total / weights;
  return score;
}
