// What the window and the document conversion worker say to each other.

import type { ImportedDocument } from '../../app/formats/document-import/import-document-file.ts';
import type { Result } from '../../app/result.ts';

/** One file to convert. */
export interface ConversionRequest {
  fileName: string;
  bytes: Uint8Array;
}

/** `started` as the worker begins a file, then `converted` with the importer's answer. */
export type ConversionReply =
  { kind: 'started' } | { kind: 'converted'; result: Result<ImportedDocument, string> };
