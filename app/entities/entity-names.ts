// When two entity names are "the same" and when they "differ only in accents". Issue 8 fixes
// the first rule for matching a colleague's entity list: Unicode NFKC, case folding, whitespace
// collapsed. Both keys are for comparing and indexing only; the name shown is the one typed.
//
// Case folding without a locale. JavaScript's toLowerCase is the root-locale mapping, which
// handles the Turkic letters badly: "İlham" lowers to "i̇lham" (i + U+0307 COMBINING DOT ABOVE),
// so "İlham Əliyev" and "Ilham Əliyev" would differ. The dot above an i is never distinctive, so
// İ and a lowered "i̇" fold to plain i. The dotless ı is another matter: in Azerbaijani and
// Turkish it is a letter of its own ("Yıldırım", "Azərbaycan Respublikası"), and a capital I
// lowers to ı in those languages but to i in English, so no locale-free rule can tell whether
// "YILDIRIM" is "Yıldırım". nameKey therefore keeps ı apart from i (never merging two names on a
// guess), and accentFreeKey folds ı to i, so such pairs are offered for the analyst to confirm.
// Beyond toLowerCase, the two full case folds that matter for names are applied: ß → ss and the
// Greek final ς → σ ("ΟΔΟΣ" and "οδός").
//
// Letters that NFD does not decompose are mapped to their usual Latin transliteration in
// accentFreeKey: Azerbaijani ə → a, because the English-language press writes "Əliyev" as
// "Aliyev" and "Məmmədyarov" as "Mammadyarov" (ə → e would match neither), and likewise
// ı → i, ø → o, đ/ð → d, ł → l, ħ → h, æ → ae, œ → oe, þ → th. Only combining marks of the
// diacritical blocks are stripped: the vowel signs of Indic scripts are also marks but carry the
// vowel, and stripping them would merge different names.

import {
  APOSTROPHE,
  DASH,
  everywhere,
  INVISIBLE,
  isDiacritic,
  UNDECOMPOSED_LETTERS,
} from '../text/letter-folding.ts';

const INVISIBLE_EVERYWHERE = everywhere(INVISIBLE);

/** The key by which two names are the same: NFKC, case-folded (İ → i, ı kept), whitespace collapsed. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE_EVERYWHERE, '')
    .replaceAll('İ', 'i')
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replaceAll('ß', 'ss')
    .replaceAll('ς', 'σ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function withoutDiacritic(mark: string): string {
  const code = mark.codePointAt(0)!;
  return isDiacritic(code) ? '' : mark;
}

const UNDECOMPOSED = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'g');

/** Typographic variants people do not see as different: curly apostrophes and the dashes. */
const APOSTROPHES = everywhere(APOSTROPHE);
const DASHES = everywhere(DASH);

/** nameKey with diacritics removed and ə ı ø … transliterated: names that "differ only in accents" share it. */
export function accentFreeKey(name: string): string {
  return nameKey(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, withoutDiacritic)
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter]!)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .normalize('NFC');
}
