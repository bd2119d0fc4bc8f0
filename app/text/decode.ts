// Imported files arrive as bytes. We accept UTF-8 only and refuse everything else with a
// message that says which file and where it went wrong, rather than guessing an encoding:
// a guessed Latin-1 decode would silently give the document different text (and a different
// id) on another machine.

import { err, ok, type Result } from '../result.ts';

/** How many leading bytes the control-character heuristic looks at (git's binary check uses 8,000). */
const BINARY_SAMPLE_LENGTH = 8000;

/**
 * Above this share of control characters in the sample the file is binary. Text files have a
 * stray form feed or escape at most; compressed or encoded data has about one in eight.
 */
const BINARY_CONTROL_SHARE = 0.05;

/** Decodes an imported file's bytes as UTF-8, or says why it cannot be read as text. */
export function decodeDocumentBytes(fileName: string, bytes: Uint8Array): Result<string, string> {
  if (bytes.length === 0) return err(`${fileName} is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return err(
      `${fileName} is not valid UTF-8: it is UTF-16 (save it as UTF-8 and import it again)`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return err(
      `${fileName} is not a text file: it contains binary data (NUL byte at byte ${formatCount(nul)})`,
    );
  }
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_LENGTH);
  const controls = countControlBytes(bytes.subarray(0, sampleLength));
  if (controls > sampleLength * BINARY_CONTROL_SHARE) {
    return err(
      `${fileName} is not a text file: it contains binary data ` +
        `(${formatCount(controls)} control characters in the first ${formatCount(sampleLength)} bytes)`,
    );
  }
  try {
    // ignoreBOM keeps a BOM in the text: normalisation strips it, and decoding stays faithful.
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    const invalid = firstInvalidUtf8Byte(bytes);
    const where = invalid === null ? '' : ` at byte ${formatCount(invalid)}`;
    return err(`${fileName} is not valid UTF-8: invalid byte sequence${where}`);
  }
}

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) ||
      byte === 0x7f
    ) {
      count++;
    }
  }
  return count;
}

/**
 * The 0-based offset of the first byte that starts an ill-formed UTF-8 sequence, or null when
 * the bytes are valid. Follows the well-formed table of Unicode §3.9 (Table 3-7): no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence at the end. TextDecoder
 * knows the same rules but does not say where it failed, hence this.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    // The allowed range of the second byte depends on the lead; later bytes are always 80..BF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const continuation = bytes[i + k]!;
      if (continuation < 0x80 || continuation > 0xbf) return i;
    }
    i += length;
  }
  return null;
}

/** 1234567 → "1,234,567", without depending on the machine's locale. */
function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
