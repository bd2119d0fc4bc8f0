// The matches of a compiled query in one folded text, as [start, end) UTF-16 ranges of the
// folded string, in order and never overlapping. Empty matches of a pattern (a* matches nothing
// everywhere) are skipped, never counted, and cannot stall the scan.

import type { CompiledQuery } from './search-query.ts';

/** A match in the folded text, UTF-16, end-exclusive. */
export interface FoldedMatch {
  start: number;
  end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const unit = text.charCodeAt(index);
  if (unit < 128)
    return (
      (unit >= 48 && unit <= 57) ||
      (unit >= 65 && unit <= 90) ||
      (unit >= 97 && unit <= 122) ||
      unit === 95
    );
  // A low surrogate: look at the whole astral character it ends.
  const start = unit >= 0xdc00 && unit <= 0xdfff && index > 0 ? index - 1 : index;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** True when [start, end) is not glued to a letter or digit on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isWordAt(text, start - 1) && !isWordAt(text, end);
}

/**
 * Calls `found` for each match until it returns false or the text ends. Returns the number of
 * matches found.
 */
export function findMatches(
  text: string,
  query: CompiledQuery,
  found: (match: FoldedMatch) => boolean,
): number {
  const matches =
    query.kind === 'pattern' ? patternMatches(text, query.pattern) : termMatches(text, query.terms);
  let count = 0;
  for (const match of matches) {
    if (query.wholeWords && !isWholeWord(text, match.start, match.end)) continue;
    count++;
    if (!found(match)) break;
  }
  return count;
}

function* patternMatches(text: string, source: RegExp): Generator<FoldedMatch> {
  // A copy: lastIndex is state, and one compiled query runs over many documents.
  const pattern = new RegExp(source.source, source.flags);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      // Step over the whole character (u flag), or the next exec finds the same empty match.
      const unit = text.charCodeAt(pattern.lastIndex);
      pattern.lastIndex += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
      continue;
    }
    yield { start: match.index, end: match.index + match[0].length };
  }
}

function* termMatches(text: string, terms: readonly string[]): Generator<FoldedMatch> {
  if (terms.length === 1) {
    yield* occurrences(text, terms[0]!);
    return;
  }
  // Several terms: every occurrence of each, merged by position; where two overlap ("new" in
  // "New York" with "New York" also a term), the earlier, then the longer, wins.
  const all = terms.flatMap((term) => [...occurrences(text, term)]);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = 0;
  for (const match of all) {
    if (match.start < reached) continue;
    reached = match.end;
    yield match;
  }
}

function* occurrences(text: string, term: string): Generator<FoldedMatch> {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length))
    yield { start: at, end: at + term.length };
}
