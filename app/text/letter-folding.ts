// The character classes that "ignoring accents" folds, shared by the entity names' keys
// (app/entities/entity-names.ts) and the library search (app/search/fold-character.ts), so
// that a name the Entity field finds is also found in the text. Why each is folded is told in
// entity-names.ts.

/** Format characters that web pages scatter inside words: soft hyphen, zero-width space, word joiner, BOM. */
export const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/;
/** Typographic apostrophes, folded to `'`. */
export const APOSTROPHE = /[\u2018\u2019\u02BC\u2032]/;
/** The dashes and the minus sign, folded to `-`. */
export const DASH = /[\u2010-\u2015\u2212]/;

/** Combining diacritical marks, their extension and supplement blocks, and those for symbols and half marks. */
const DIACRITIC_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

/** Whether a code point is a mark that only adds an accent (not an Indic vowel sign, say). */
export function isDiacritic(code: number): boolean {
  return DIACRITIC_BLOCKS.some(([first, last]) => code >= first && code <= last);
}

/** Letters NFD leaves whole, as the English-language press transliterates them. */
export const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ə: 'a',
  Ə: 'A',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'TH',
};

/** `pattern` matching everywhere (for String.replace). */
export function everywhere(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, 'gu');
}
