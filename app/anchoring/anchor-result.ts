// What anchoring a stored span against a text can conclude. Positions are code points, like
// every stored offset; the quote and its context are the W3C TextQuoteSelector that
// re-anchors a span when its offsets no longer fit the text (as Hypothesis does).

import type { CodePointOffset, CodePointRange } from '../model/offsets.ts';

/** Where a file (or the library) says a span is: offsets, a quote with context, or both. */
export interface TextSelector {
  /** Code points, end-exclusive. Only used when both are given. */
  start?: number;
  end?: number;
  quote?: string;
  /** Text just before the quote (Marginalia keeps 32 code points). */
  prefix?: string;
  /** Text just after the quote. */
  suffix?: string;
}

/**
 * The outcome of anchoring. Only `fuzzy` may return offsets whose text differs from the
 * selector's quote; it carries the text actually found so the caller can store it as the quote.
 */
export type AnchorResult =
  /** The offsets were given and the text there equals the quote (or there was no quote). */
  | { status: 'exact'; start: CodePointOffset; end: CodePointOffset }
  /**
   * The quote was found exactly elsewhere. `from` is the position the selector gave, when it
   * was usable; `offsetsProblem` says why the selector's offsets could not be used, when it had
   * unusable ones ("offsets 120–130 go beyond the end of the text (length 88)").
   */
  | {
      status: 'moved';
      start: CodePointOffset;
      end: CodePointOffset;
      from?: CodePointRange;
      offsetsProblem?: string;
    }
  /** Only an approximate match scored above FUZZY_MATCH_THRESHOLD. */
  | {
      status: 'fuzzy';
      start: CodePointOffset;
      end: CodePointOffset;
      /** 0–1: quote, context and position similarity combined (see score-candidate.ts). */
      score: number;
      /** The document's text between start and end. */
      foundQuote: string;
      from?: CodePointRange;
      offsetsProblem?: string;
    }
  /** Nowhere to put it; `reason` says why in words an analyst can act on. */
  | { status: 'orphan'; reason: string };
