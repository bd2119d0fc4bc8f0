// What the analyst typed, made ready to run over folded texts. Plain text is a list of terms:
// each word is a term, and a "quoted phrase" is one term with its spaces; a hit is any term's
// occurrence (so `Pompeo Lavrov` finds both names, `"Mike Pompeo"` only the full name). A
// regular expression runs as written over the text with its accents folded (its case is left to
// the `i` flag), and is refused when it cannot be compiled or when it could take exponential time.

import { foldString, type FoldMode } from './fold-character.ts';

export interface SearchOptions {
  matchCase: boolean;
  /** Accented and plain letters differ (é ≠ e, ə ≠ a). Off by default. */
  matchAccents: boolean;
  wholeWords: boolean;
  regularExpression: boolean;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  matchCase: false,
  matchAccents: false,
  wholeWords: false,
  regularExpression: false,
};

/** A query ready to run: literal terms over the fold of `mode`, or a pattern. */
export type CompiledQuery =
  | { kind: 'terms'; mode: FoldMode; terms: string[]; wholeWords: boolean }
  | { kind: 'pattern'; mode: FoldMode; pattern: RegExp; wholeWords: boolean };

/** The query compiled, or why it cannot run (shown under the search box). */
export type QueryResult =
  { ok: true; query: CompiledQuery } | { ok: false; error: string } | { ok: 'empty' };

/** Splits plain text into terms: words, and "quoted phrases" kept whole. */
export function termsOf(input: string): string[] {
  const terms: string[] = [];
  const quoted = /"([^"]*)"?|(\S+)/gu;
  for (const match of input.replace(/[“”„]/g, '"').matchAll(quoted)) {
    const term = (match[1] ?? match[2] ?? '').replace(/\s+/gu, ' ').trim();
    if (term !== '' && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

export function compileQuery(input: string, options: SearchOptions): QueryResult {
  if (input.trim() === '') return { ok: 'empty' };
  if (!options.regularExpression) {
    const mode: FoldMode = { matchCase: options.matchCase, matchAccents: options.matchAccents };
    const terms = termsOf(input)
      .map((term) => foldString(term, mode))
      .filter((term) => term !== '');
    if (terms.length === 0) return { ok: 'empty' };
    return { ok: true, query: { kind: 'terms', mode, terms, wholeWords: options.wholeWords } };
  }
  // Case is the regular expression's own `i` flag: lowering the pattern would turn \W into \w.
  const mode: FoldMode = { matchCase: true, matchAccents: options.matchAccents };
  const source = foldString(input, mode);
  const risk = exponentialRisk(source);
  if (risk) return { ok: false, error: risk };
  try {
    const pattern = new RegExp(source, options.matchCase ? 'gu' : 'giu');
    return { ok: true, query: { kind: 'pattern', mode, pattern, wholeWords: options.wholeWords } };
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/^Invalid regular expression: /, '')
        : String(error);
    return { ok: false, error: `Not a valid regular expression: ${message}` };
  }
}

/**
 * Why a pattern could backtrack exponentially, or null. JavaScript cannot interrupt a running
 * match, so the patterns that are known to explode are refused before they run: a repeated
 * group that itself contains a repetition, as in (a+)+, (\w*)*, (x+y?){2,}. A backreference is
 * refused too: matching with one is NP-hard in general.
 */
export function exponentialRisk(source: string): string | null {
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const character = source[i]!;
    if (character === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '') && !inClass)
        return 'Backreferences are not supported: they can make a search take hours.';
      i++;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === '(') groups.push(false);
    else if (character === ')') {
      const containsRepetition = groups.pop() ?? false;
      const next = source[i + 1] ?? '';
      const repeated =
        next === '*' ||
        next === '+' ||
        (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(source.slice(i + 1)));
      if (containsRepetition && repeated)
        return 'This pattern repeats a group that repeats itself, as in (a+)+: it can take exponential time. Simplify it.';
      if ((containsRepetition || repeated) && groups.length > 0) groups[groups.length - 1] = true;
    } else if (character === '*' || character === '+' || character === '{') {
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
  }
  return null;
}
