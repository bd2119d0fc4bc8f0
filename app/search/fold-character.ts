// How search compares characters. Ignoring case and accents follows the entity names' rules
// (app/entities/entity-names.ts), so that a name found by the Entity field is also found in the
// text: root-locale lowercasing with İ → i, ß → ss and final ς → σ; NFKD with the combining
// diacritics stripped (ligatures such as ﬁ become fi); and the letters NFD leaves whole
// transliterated as the English-language press writes them (Əliyev → Aliyev, ı → i, ø → o…).
// Curly apostrophes and the dashes fold to their ASCII forms, and invisible format characters
// (soft hyphen, zero-width space) vanish, because an analyst cannot see them. Every horizontal
// space (no-break, thin, tab) is a plain space in every mode: "Mike Pompeo" must find the
// no-break space the corpus puts between words.

import {
  APOSTROPHE,
  DASH,
  INVISIBLE,
  isDiacritic,
  UNDECOMPOSED_LETTERS,
} from '../text/letter-folding.ts';

/** Which differences a search sees; both false is the default (case and accents ignored). */
export interface FoldMode {
  matchCase: boolean;
  matchAccents: boolean;
}

/** Horizontal spaces other than U+0020; line breaks are kept, so a phrase stays on a line. */
export const OTHER_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

function withoutAccents(character: string): string {
  if (INVISIBLE.test(character)) return '';
  if (APOSTROPHE.test(character)) return "'";
  if (DASH.test(character)) return '-';
  const letter = UNDECOMPOSED_LETTERS[character];
  if (letter !== undefined) return letter;
  let folded = '';
  for (const part of character.normalize('NFKD')) {
    if (!isDiacritic(part.codePointAt(0)!)) folded += UNDECOMPOSED_LETTERS[part] ?? part;
  }
  return folded;
}

function withoutCase(text: string): string {
  // Lowered one character at a time, so the context-dependent final sigma cannot differ.
  return text
    .replaceAll('İ', 'i')
    .toLowerCase()
    .replaceAll('i\u0307', 'i')
    .replaceAll('ß', 'ss')
    .replaceAll('ς', 'σ');
}

/** One code point (as a string) as a search in `mode` sees it: possibly longer, or empty. */
export function foldCharacter(character: string, mode: FoldMode): string {
  if (OTHER_SPACE.test(character)) return ' ';
  let folded = mode.matchAccents ? character : withoutAccents(character);
  if (!mode.matchCase) folded = withoutCase(folded);
  return folded;
}

/** A whole string folded character by character (a query, or a test's expectation). */
export function foldString(text: string, mode: FoldMode): string {
  let folded = '';
  for (const character of text) folded += foldCharacter(character, mode);
  return folded;
}
