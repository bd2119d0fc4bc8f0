// An import file's bytes as text. The rules are those of imported documents (app/text/decode):
// UTF-8 only, refused precisely otherwise (UTF-16, binary, an invalid byte and where it is).
// A leading byte-order mark is dropped here, since JSON and JSONL readers should not have to.

import { err, ok, type Result } from '../result.ts';
import { decodeDocumentBytes } from '../text/decode.ts';

/** The file's text, or why it is not UTF-8 text (naming the file and the byte). */
export function decodeImportBytes(fileName: string, bytes: Uint8Array): Result<string, string> {
  const decoded = decodeDocumentBytes(fileName, bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value.replace(/^\uFEFF/, '');
  return text.trim() === '' ? err(`${fileName} is empty`) : ok(text);
}
