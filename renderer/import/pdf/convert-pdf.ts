// A PDF file → a ConvertedDocument: pdf.js (in its worker, off the main thread) reads each
// page's positioned text; app/formats/document-import/pdf-layout.ts makes paragraphs of it in
// reading order, in a worker too (layout-pdf-pages.ts); the document information gives the
// title, authors and language. A PDF that needs a password, has no text (a scan) or cannot be
// parsed is refused with the reason, in the words the importer puts after the file name.
// docs/pdf-import.md says what and why.

import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ConvertedDocument } from '../../../app/formats/document-import/converted-document.ts';
import {
  pdfMetadataOf,
  pdfTitleOf,
} from '../../../app/formats/document-import/pdf-document-info.ts';
import type { PdfPageText } from '../../../app/formats/document-import/pdf-layout.ts';
import {
  pageTextOf,
  type PdfTextItem,
} from '../../../app/formats/document-import/pdf-page-runs.ts';
import { layoutPdfPagesOffThread } from './layout-pdf-pages.ts';
import { BundledPdfData, PDF_WORKER_URL } from './pdfjs-assets.ts';

type PdfJs = typeof PdfJsModule;

/** Pages asked of the worker at once: it answers one after another, without waiting on us. */
const PAGES_IN_FLIGHT = 4;

/**
 * The document's text, page by page, with its title and metadata. `onProgress` is told how many
 * pages have been read, out of how many, after each page.
 */
export async function convertPdf(
  bytes: Uint8Array,
  onProgress?: (pagesRead: number, pageCount: number) => void,
): Promise<ConvertedDocument> {
  // Loaded on the first PDF, not with the app: pdf.js is large and most imports are not PDFs.
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = PDF_WORKER_URL;
  const task = pdfjs.getDocument({
    // pdf.js hands the buffer over to its worker; the caller keeps its bytes.
    data: bytes.slice(),
    BinaryDataFactory: BundledPdfData,
    useWorkerFetch: false,
    useWasm: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableWorkerRendering: true,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusalOf(pdfjs, error);
  }
  try {
    const { pages, lang } = await readPages(pdfjs, pdf, onProgress);
    if (pages.every((page) => page.runs.length === 0)) {
      throw new Error(
        'has no text layer (a scanned image?): Marginalia does not read images of text (no OCR)',
      );
    }
    const { info, metadata } = await pdf.getMetadata();
    const documentInfo = {
      info: info as Record<string, unknown>,
      xmp: metadata ? new Map<string, unknown>(metadata) : null,
      lang,
    };
    return {
      title: pdfTitleOf(documentInfo),
      text: await layoutPdfPagesOffThread(pages),
      metadata: pdfMetadataOf(documentInfo),
    };
  } finally {
    await task.destroy();
  }
}

async function readPages(
  pdfjs: PdfJs,
  pdf: PDFDocumentProxy,
  onProgress: ((pagesRead: number, pageCount: number) => void) | undefined,
): Promise<{ pages: PdfPageText[]; lang: string | null }> {
  const pageCount = pdf.numPages;
  const pages: PdfPageText[] = new Array(pageCount);
  let lang: string | null = null;
  let read = 0;
  let next = 0;
  onProgress?.(0, pageCount);
  const worker = async () => {
    while (next < pageCount) {
      const index = next++;
      try {
        const page = await pdf.getPage(index + 1);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        lang ??= content.lang;
        const items = itemsOf(pdfjs, content.items, viewport.transform);
        pages[index] = pageTextOf(items, viewport.width, viewport.height);
        page.cleanup();
      } catch (error) {
        throw new Error(`is not a readable PDF: page ${index + 1}: ${reasonOf(error)}`, {
          cause: error,
        });
      }
      onProgress?.(++read, pageCount);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, pageCount) }, worker));
  return { pages, lang };
}

/** pdf.js's text items with their matrices in the page's view (y down, rotation and crop applied). */
function itemsOf(pdfjs: PdfJs, items: readonly object[], view: number[]): PdfTextItem[] {
  const textItems: PdfTextItem[] = [];
  for (const item of items) {
    if (!('str' in item)) continue; // marked-content markers
    const { str, width, transform } = item as TextItem;
    textItems.push({ text: str, matrix: pdfjs.Util.transform(view, transform), width });
  }
  return textItems;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why pdf.js could not open the file, as the end of "<file> …". */
function refusalOf(pdfjs: PdfJs, error: unknown): Error {
  if (error instanceof pdfjs.PasswordException) {
    return new Error(
      'is encrypted: it needs a password to open; save a copy without the password and import that',
      { cause: error },
    );
  }
  return new Error(`is not a readable PDF: ${reasonOf(error)}`, { cause: error });
}
