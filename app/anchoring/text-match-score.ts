// How alike two short strings are, for scoring context: the text before a candidate against
// the stored prefix, the text after it against the stored suffix. Hypothesis' textMatchScore:
// the best approximate occurrence of `expected` in `actual`, as 1 − errors / length.

import approxSearch from 'approx-string-match';

/**
 * 0 (nothing alike) to 1 (`expected` occurs in `actual` unchanged); 0 when either is empty.
 * Lengths are UTF-16 units, the unit approx-string-match counts errors in.
 */
export function textMatchScore(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  // With as many errors allowed as the pattern is long, a match always exists.
  const matches = approxSearch(actual, expected, expected.length);
  let errors = expected.length;
  for (const match of matches) errors = Math.min(errors, match.errors);
  return 1 - errors / expected.length;
}
