// Pairs of annotators, named the way the report keys them.

import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId } from '../model/ids.ts';
import type { AnnotatorPair } from './agreement-types.ts';

/** `"<id>|<id>"` with the two ids sorted, so (ana, ben) and (ben, ana) are one pair. */
export function pairKey(a: AnnotatorId, b: AnnotatorId): AnnotatorPair {
  return compareStrings(a, b) <= 0 ? `${a}|${b}` : `${b}|${a}`;
}

/** Every unordered pair of indices i < j below `count` (of a document's sorted raters). */
export function indexPairs(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) pairs.push([i, j]);
  return pairs;
}
