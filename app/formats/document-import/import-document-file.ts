// One imported file becomes one document: bytes → UTF-8 text → normalised plain text whose
// lines are paragraphs. Every annotation offset points into this text, so the steps are fixed
// and deterministic: the same file gives the same text and id on every machine.

import type { DocumentId } from '../../model/ids.ts';
import { err, ok, type Result } from '../../result.ts';
import { sliceByCodePoints } from '../../text/code-points.ts';
import { decodeDocumentBytes } from '../../text/decode.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { documentText, normaliseText } from '../../text/normalise.ts';
import {
  describeDocumentFormats,
  documentFormatOf,
  type DocumentFormat,
} from './document-formats.ts';
import { htmlToText } from './html-to-text.ts';
import { markdownToText } from './markdown-to-text.ts';

export interface ImportedDocument {
  id: DocumentId;
  title: string;
  text: string;
  format: DocumentFormat;
}

/** Titles are cut here: an article without a headline opens with a whole paragraph. */
const MAX_TITLE_LENGTH = 200;

/** Converts an imported file to a document, or says (naming the file) why it cannot. */
export function importDocumentFile(
  fileName: string,
  bytes: Uint8Array,
): Result<ImportedDocument, string> {
  const format = documentFormatOf(fileName);
  if (format === null) {
    return err(
      `${fileName} cannot be imported: only ${describeDocumentFormats()} files are supported`,
    );
  }
  const decoded = decodeDocumentBytes(fileName, bytes);
  if (!decoded.ok) return decoded;
  // Normalised before conversion (so a BOM or CR never reaches the parsers) and after it (an
  // entity like &#769; can decompose an accent again); normalising twice changes nothing.
  const source = normaliseText(decoded.value);
  const converted =
    format === 'html'
      ? htmlToText(source)
      : format === 'markdown'
        ? markdownToText(source)
        : { title: null, text: source };
  const text = documentText(converted.text);
  if (text === '') return err(`${fileName} has no text`);
  // The text is not blank, so it has a non-blank first line: the title is never empty.
  const title = shortTitle(
    converted.title === null ? firstLine(text) : normaliseText(converted.title),
  );
  return ok({ id: documentIdOf(text), title, text, format });
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

function shortTitle(title: string): string {
  return sliceByCodePoints(title.trim(), 0, MAX_TITLE_LENGTH).trimEnd();
}
