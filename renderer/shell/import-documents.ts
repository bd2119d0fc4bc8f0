// Turns picked or dropped files into library documents: each file is converted and checked
// on its own (a bad file is refused with its reason), then all good ones are added in one
// transaction, skipping any whose text is already in the library.

import type { OpenDocumentsResult } from '../../app/ipc/contract.ts';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { documentFormatOf } from '../../app/formats/document-import/document-formats.ts';
import {
  importDocumentFile,
  type PdfConverter,
} from '../../app/formats/document-import/import-document-file.ts';
import { openDocumentConversionWorker } from '../import/document-conversion-worker.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments, type AddDocumentsResult, type NewDocument } from '../db/document-store.ts';
import type { Notice } from './app-services.ts';

export interface ImportReport extends AddDocumentsResult {
  refused: { name: string; reason: string }[];
}

/** How far an import has come: which file, and within a long one (a PDF) which page. */
export interface ImportProgress {
  fileName: string;
  fileIndex: number;
  fileCount: number;
  /** Pages read of a PDF, when the file has pages. */
  pages?: { done: number; total: number };
}

/** pdf.js (with its worker) is loaded the first time a PDF is imported, not with the app. */
const convertPdf: PdfConverter = async (bytes, onProgress) =>
  (await import('../import/pdf/convert-pdf.ts')).convertPdf(bytes, onProgress);

export interface ImportDocumentsOptions {
  /** How long one file may take to convert (not PDFs); the app's limit unless a test sets one. */
  conversionTimeLimitMs?: number;
}

export async function importPickedFiles(
  db: MarginaliaDatabase,
  picked: OpenDocumentsResult,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportDocumentsOptions = {},
): Promise<ImportReport> {
  const refused = [...picked.refused];
  const documents: NewDocument[] = [];
  // Text, Markdown, HTML and Word are converted off the window's thread, each file within a
  // time limit; a PDF is read by pdf.js, whose parsing already runs in its own worker.
  const converter = openDocumentConversionWorker(options.conversionTimeLimitMs);
  try {
    for (const [fileIndex, file] of picked.files.entries()) {
      const step = { fileName: file.name, fileIndex, fileCount: picked.files.length };
      onProgress?.(step);
      const format = documentFormatOf(file.name);
      const converted =
        format === null || format === 'pdf'
          ? await importDocumentFile(file.name, file.bytes, {
              pdf: convertPdf,
              onProgress: (done, total) => onProgress?.({ ...step, pages: { done, total } }),
            })
          : await converter.convert(file.name, file.bytes);
      if (converted.ok) documents.push({ ...converted.value, sourceName: file.name });
      else refused.push({ name: file.name, reason: converted.error });
    }
  } finally {
    converter.close();
  }
  const added =
    documents.length > 0 ? await addDocuments(db, documents) : { added: [], alreadyPresent: [] };
  return { ...added, refused };
}

/** What the analyst is told after an import. */
export function describeImport(report: ImportReport): Omit<Notice, 'id'> {
  const details: string[] = [];
  for (const { sourceName, existing } of report.alreadyPresent)
    details.push(
      `${sourceName}: already in the library as “${existing.title}” (not imported again)`,
    );
  for (const { reason } of report.refused) details.push(reason);
  const count = report.added.length;
  const title =
    count > 0
      ? `Imported ${countOf(count, 'document')}`
      : report.alreadyPresent.length > 0 && report.refused.length === 0
        ? 'Nothing new to import'
        : 'No documents imported';
  const kind = report.refused.length > 0 ? 'error' : count > 0 ? 'success' : 'info';
  return { kind, title, details };
}

/** “Reading report.pdf (2 of 3): page 37 of 200”. */
export function describeImportProgress(progress: ImportProgress): string {
  const of = progress.fileCount > 1 ? ` (${progress.fileIndex + 1} of ${progress.fileCount})` : '';
  const pages = progress.pages ? `: page ${progress.pages.done} of ${progress.pages.total}` : '';
  return `Reading ${progress.fileName}${of}${pages}`;
}
