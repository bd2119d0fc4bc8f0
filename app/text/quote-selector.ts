// The quote with its context is what re-anchors an annotation when offsets and text disagree
// (the W3C TextQuoteSelector, as Hypothesis uses it). Context is counted in code points, like
// the offsets, so an emoji near the quote costs one unit of context, not two.

import { QUOTE_CONTEXT_LENGTH } from '../model/annotation.ts';
import {
  codePoints,
  type CodePointOffset,
  type CodePointRange,
  type Utf16Range,
} from '../model/offsets.ts';
import { CodePointIndex } from './code-points.ts';

export interface QuoteSelector {
  quote: string;
  /** Up to QUOTE_CONTEXT_LENGTH code points before the quote; fewer at the start of the text. */
  prefix: string;
  /** Up to QUOTE_CONTEXT_LENGTH code points after the quote; fewer at the end of the text. */
  suffix: string;
}

/**
 * The quote between two code-point offsets and its context either side. Pass the text's
 * `index` when there are many spans in one document, so it is built once.
 * Throws a RangeError for offsets outside the text: that is a bug in the caller, not input.
 */
export function quoteSelectorAt(
  text: string,
  start: CodePointOffset,
  end: CodePointOffset,
  index: CodePointIndex = new CodePointIndex(text),
): QuoteSelector {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    start > end ||
    end > index.codePointLength
  ) {
    throw new RangeError(
      `span [${start}, ${end}) is outside a text of ${index.codePointLength} code points`,
    );
  }
  const at = (offset: number) => index.toUtf16(codePoints(offset));
  const prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  const suffixEnd = Math.min(index.codePointLength, end + QUOTE_CONTEXT_LENGTH);
  return {
    quote: text.slice(at(start), at(end)),
    prefix: text.slice(at(prefixStart), at(start)),
    suffix: text.slice(at(end), at(suffixEnd)),
  };
}

/** A UTF-16 range (a DOM or editor selection) as code-point offsets. */
export function utf16RangeToCodePoints(index: CodePointIndex, range: Utf16Range): CodePointRange {
  return { start: index.toCodePoint(range.start), end: index.toCodePoint(range.end) };
}

/** A code-point range (a stored annotation) as UTF-16 indices into the text. */
export function codePointRangeToUtf16(index: CodePointIndex, range: CodePointRange): Utf16Range {
  return { start: index.toUtf16(range.start), end: index.toUtf16(range.end) };
}
