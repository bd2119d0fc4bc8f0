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

/** True when `normaliseText` would leave the text unchanged. */
export function isNormalised(text: string): boolean {
  return normaliseText(text) === text;
}
