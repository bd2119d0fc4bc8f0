// The one table of export formats: the renderer's export dialog and `marginalia convert` both
// list and write formats from here, so a new format is one entry.
//
// What each format carries (everything else is left behind):
// | format  | documents              | annotations                                              |
// |---------|------------------------|----------------------------------------------------------|
// | dataset | id, title, text        | everything: id, label, offsets, quote and context, note, annotator, timestamps; labels with colours and shortcuts, every annotator |
// | w3c     | id, title, text (ext.) | everything the dataset has (labels, annotators and texts in `marginalia:` properties) |
// | jsonl   | id, text               | offsets and label only, one per distinct span and label   |
// | doccano | id, text               | as jsonl                                                  |
// | csv     | id, title              | label, offsets, quote, annotator id and name, note, timestamps (export only; formula cells defused) |

import type { DatasetModel } from './dataset/index.ts';
import { encodeDataset, serialiseDataset } from './dataset/index.ts';
import { encodeCsv } from './csv/index.ts';
import { encodeDoccanoJsonl, encodeJsonl } from './jsonl/index.ts';
import { encodeW3cCollection, serialiseW3cCollection } from './w3c/index.ts';

export interface ExportFormatInfo {
  id: string;
  /** What the export dialog shows. */
  name: string;
  /** Without the dot. */
  extension: string;
  mimeType: string;
}

/** Every format Marginalia exports, in the order the export dialog lists them. */
export const EXPORT_FORMATS = [
  {
    id: 'dataset',
    name: 'Marginalia dataset (JSON)',
    extension: 'json',
    mimeType: 'application/json',
  },
  {
    id: 'w3c',
    name: 'W3C Web Annotation collection (JSON-LD)',
    extension: 'jsonld',
    // The media type the W3C Web Annotation Protocol gives annotation documents.
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
  {
    id: 'jsonl',
    name: 'JSONL spans for NLP training (spaCy)',
    extension: 'jsonl',
    mimeType: 'application/x-ndjson',
  },
  {
    id: 'doccano',
    name: 'doccano JSONL (sequence labelling)',
    extension: 'jsonl',
    mimeType: 'application/x-ndjson',
  },
  {
    id: 'csv',
    name: 'CSV, one row per annotation',
    extension: 'csv',
    mimeType: 'text/csv; charset=utf-8',
  },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export interface ExportOptions {
  exportedAt: Date;
  /** Written into datasets; see app/version.ts. */
  generatorVersion: string;
  /** W3C only: annotations per AnnotationPage (all on one page when absent). */
  pageSize?: number;
  /** CSV only: prefix formula-like cells with `'` (default true; see csv/encode.ts). */
  defuseFormulas?: boolean;
}

export interface ExportedFile {
  content: string;
  extension: string;
  mimeType: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format.id === value);
}

/** The file for `model` in `format`: its text, and the extension and type to save it with. */
export function exportModel(
  model: DatasetModel,
  format: ExportFormat,
  options: ExportOptions,
): ExportedFile {
  const { extension, mimeType } = EXPORT_FORMATS.find((candidate) => candidate.id === format)!;
  return { content: contentOf(model, format, options), extension, mimeType };
}

function contentOf(model: DatasetModel, format: ExportFormat, options: ExportOptions): string {
  switch (format) {
    case 'dataset':
      return serialiseDataset(
        encodeDataset({
          ...model,
          exportedAt: options.exportedAt,
          generatorVersion: options.generatorVersion,
        }),
      );
    case 'w3c':
      return serialiseW3cCollection(
        encodeW3cCollection(model, {
          exportedAt: options.exportedAt,
          ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
        }),
      );
    case 'jsonl':
      return encodeJsonl(model);
    case 'doccano':
      return encodeDoccanoJsonl(model);
    case 'csv':
      return encodeCsv(
        model,
        options.defuseFormulas === undefined ? {} : { defuseFormulas: options.defuseFormulas },
      );
  }
}
