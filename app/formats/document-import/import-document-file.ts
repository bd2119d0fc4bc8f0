// One imported file becomes one document: bytes → a converter (plain text, Markdown, HTML, Word,
// PDF) → normalised plain text whose lines are paragraphs. Every annotation offset points into
// this text, so the steps are fixed and deterministic: the same file gives the same text and id
// on every machine.

import { checkPublishedAt } from '../../dates/index.ts';
import { cleanDocumentMetadata } from '../../model/check-document-metadata.ts';
import type { DocumentMetadata } from '../../model/document-metadata.ts';
import type { DocumentId } from '../../model/ids.ts';
import { err, ok, type Result } from '../../result.ts';
import { codePointLength, sliceByCodePoints } from '../../text/code-points.ts';
import { decodeDocumentBytes } from '../../text/decode.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { documentText, normaliseText } from '../../text/normalise.ts';
import type { ConvertedDocument } from './converted-document.ts';
import {
  describeDocumentFormats,
  documentFormatOf,
  isBinaryDocumentFormat,
  type DocumentFormat,
} from './document-formats.ts';
import { htmlToText } from './html-to-text.ts';
import { MAX_MARKDOWN_NESTING, markdownNestingDepth } from './markdown-nesting.ts';
import { markdownToText } from './markdown-to-text.ts';

export interface ImportedDocument extends DocumentMetadata {
  id: DocumentId;
  title: string;
  text: string;
  format: DocumentFormat;
  /** Where each page starts in `text`, in code points (PDF only). */
  pageStarts?: number[];
}

/** Reads a PDF's text page by page; pdf.js needs a browser, so the renderer provides it. */
export type PdfConverter = (
  bytes: Uint8Array,
  onProgress?: (pagesRead: number, pageCount: number) => void,
) => Promise<ConvertedDocument>;

export interface DocumentConverters {
  pdf?: PdfConverter;
  /** Told how far a long conversion (a PDF's pages) has come. */
  onProgress?: (done: number, total: number) => void;
}

/** Titles are cut here: an article without a headline opens with a whole paragraph. */
const MAX_TITLE_LENGTH = 200;

/** Converts an imported file to a document, or says (naming the file) why it cannot. */
export async function importDocumentFile(
  fileName: string,
  bytes: Uint8Array,
  converters: DocumentConverters = {},
): Promise<Result<ImportedDocument, string>> {
  const format = documentFormatOf(fileName);
  if (format === null) {
    return err(
      `${fileName} cannot be imported: only ${describeDocumentFormats()} files are supported`,
    );
  }
  let converted: ConvertedDocument;
  if (isBinaryDocumentFormat(format)) {
    if (bytes.length === 0) return err(`${fileName} is empty`);
    try {
      converted = await convertBinary(format, bytes, converters);
    } catch (error) {
      return err(`${fileName} ${reasonOf(error)}`);
    }
  } else {
    const decoded = decodeDocumentBytes(fileName, bytes);
    if (!decoded.ok) return decoded;
    if (format === 'markdown' && markdownNestingDepth(decoded.value) > MAX_MARKDOWN_NESTING) {
      return err(
        `${fileName} nests block quotes or lists more than ${MAX_MARKDOWN_NESTING} levels deep`,
      );
    }
    try {
      converted = convertText(format, decoded.value);
    } catch (error) {
      return err(`${fileName} ${reasonOf(error)}`);
    }
  }
  return documentFromConverted(fileName, format, converted);
}

async function convertBinary(
  format: DocumentFormat,
  bytes: Uint8Array,
  converters: DocumentConverters,
): Promise<ConvertedDocument> {
  if (format === 'docx') {
    // Loaded on first use: mammoth is large and most imports are text.
    const { convertDocx } = await import('./docx-to-document.ts');
    return convertDocx(bytes);
  }
  if (!converters.pdf) throw new Error('cannot be read here: PDF import needs the app window');
  return converters.pdf(bytes, converters.onProgress);
}

function convertText(format: DocumentFormat, decoded: string): ConvertedDocument {
  // Normalised before conversion (so a BOM or CR never reaches the parsers) and after it (an
  // entity like &#769; can decompose an accent again); normalising twice changes nothing.
  const source = normaliseText(decoded);
  if (format === 'html') return htmlToText(source);
  if (format === 'markdown') return markdownToText(source);
  return { title: null, text: source };
}

/** The one way a converter's output becomes a document: normalised once, hashed, titled. */
export function documentFromConverted(
  fileName: string,
  format: DocumentFormat,
  converted: ConvertedDocument,
): Result<ImportedDocument, string> {
  const paged = typeof converted.text === 'string' ? null : joinPages(converted.text);
  const text = paged === null ? documentText(converted.text as string) : paged.text;
  if (text.trim() === '') return err(`${fileName} has no text`);
  // The text is not blank, so it has a non-blank first line: the title is never empty.
  const ownTitle = converted.title === null ? '' : normaliseText(converted.title).trim();
  const title = shortTitle(ownTitle === '' ? firstLine(text) : ownTitle);
  const metadata = cleanDocumentMetadata(
    converted.metadata ?? {},
    (day) => checkPublishedAt(day) === null,
  );
  const document: ImportedDocument = { id: documentIdOf(text), title, text, format, ...metadata };
  if (paged !== null) document.pageStarts = paged.pageStarts;
  return ok(document);
}

/**
 * Pages joined by a paragraph break, each normalised and without blank lines at its edges.
 * Normalising page by page gives the text normalising the whole would (a line break is a
 * boundary of Unicode normalisation), so each page's start is known exactly. An empty page
 * starts where the next one does.
 */
function joinPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  const kept: string[] = [];
  let length = 0;
  for (const page of pages) {
    const text = documentText(page).replace(/^\n+/, '');
    if (kept.length > 0 && text !== '') length += 1; // the '\n' before this page
    pageStarts.push(text === '' ? length + (kept.length > 0 ? 1 : 0) : length);
    if (text === '') continue;
    kept.push(text);
    length += codePointLength(text);
  }
  // An empty page at the end starts nowhere in the text: it points at the text's end.
  return { text: kept.join('\n'), pageStarts: pageStarts.map((start) => Math.min(start, length)) };
}

function reasonOf(error: unknown): string {
  // Whatever a converter recurses over (marked's lexer, mammoth's XML) can still be nested past
  // the stack; that file is refused, and the files imported with it are not lost.
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'nests its content too deeply to be read';
  const message = error instanceof Error ? error.message : String(error);
  return message === '' ? 'could not be read' : message;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

function shortTitle(title: string): string {
  return sliceByCodePoints(title.trim(), 0, MAX_TITLE_LENGTH).trimEnd();
}
