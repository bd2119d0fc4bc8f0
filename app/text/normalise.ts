// Text is normalised exactly once, on import, so that offsets mean the same thing on every
// machine: the same article saved with CRLF on Windows or decomposed accents on macOS gets
// the same text and therefore the same document id.

/** Strips leading BOMs, turns CRLF and lone CR into LF, and applies Unicode NFC. */
export function normaliseText(text: string): string {
  // Every leading U+FEFF goes, not just one: stripping a single BOM from '\uFEFF\uFEFFa' left
  // a new leading BOM, so normalising twice changed the text (and the id, and every offset).
  const withoutBom = text.replace(/^\uFEFF+/, '');
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Whitespace at the end of a document's text: exactly the characters JavaScript's `trimEnd`
 * removes (ECMAScript's WhiteSpace and LineTerminator), spelled out so that the documentation
 * (docs/dataset.md) and any other language can remove the same ones.
 */
const TRAILING_WHITESPACE =
  /[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+$/u;

/**
 * A document's text as the library keeps it and hashes it into its id: normalised
 * (normaliseText), then without trailing whitespace (a trailing newline or two is an editor's
 * habit, not content). Leading text stays where the file had it.
 */
export function documentText(text: string): string {
  return normaliseText(text).replace(TRAILING_WHITESPACE, '');
}

/** True when `normaliseText` would leave the text unchanged. */
export function isNormalised(text: string): boolean {
  return normaliseText(text) === text;
}
