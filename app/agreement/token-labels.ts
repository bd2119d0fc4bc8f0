// One annotator's spans seen token by token, the view Cohen's and Fleiss' kappa need: every
// token gets exactly one category. A token takes the label of a span it shares at least one
// character with; when several do, the shortest span wins, then the earliest start, then the
// alphabetically first label id (the innermost tag is usually the most specific one: an actor
// inside a claim). A token no span touches is outside, category 0 (the "O" of IOB tagging).

import { inPositionOrder } from './span-order.ts';
import type { TokenOffsets } from './tokenize.ts';

/** The category of a token no span touches. */
export const OUTSIDE = 0;

/**
 * A span with its label as a category number ≥ 1. Numbers are given in the order of the label
 * ids, so "alphabetically first" is "smallest number".
 */
export interface CategorisedSpan {
  start: number;
  end: number;
  category: number;
}

/** Each token's category for one annotator's spans of one document. */
export function labelTokens(tokens: TokenOffsets, spans: readonly CategorisedSpan[]): Int32Array {
  const { starts, ends } = tokens;
  const categories = new Int32Array(starts.length); // all OUTSIDE
  if (spans.length === 0) return categories;
  const byStart = inPositionOrder(spans);
  // Spans that started before the current token ends and have not ended before it starts: a
  // sweep, since tokens come in order. Each span enters once and leaves once.
  const active: CategorisedSpan[] = [];
  let next = 0;
  for (let token = 0; token < starts.length; token++) {
    const tokenStart = starts[token]!;
    const tokenEnd = ends[token]!;
    while (next < byStart.length && byStart[next]!.start < tokenEnd) active.push(byStart[next++]!);
    if (active.length === 0) continue;
    let best: CategorisedSpan | undefined;
    let kept = 0;
    for (let i = 0; i < active.length; i++) {
      const span = active[i]!;
      if (span.end <= tokenStart) continue; // ended before this token: gone for good
      active[kept++] = span;
      if (best === undefined || precedes(span, best)) best = span;
    }
    active.length = kept;
    if (best !== undefined) categories[token] = best.category;
  }
  return categories;
}

/** Whether `a` wins over `b` for a token both touch: shorter, then earlier, then first label. */
function precedes(a: CategorisedSpan, b: CategorisedSpan): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA < lengthB;
  if (a.start !== b.start) return a.start < b.start;
  return a.category < b.category;
}
