// The one table of export formats: the renderer's export dialog and `marginalia convert` both
// list and write formats from here, so a new format is one entry.
//
// What each format carries (everything else is left behind):
// | format  | documents                          | annotations                                  | enrichment (relations, entities, values) |
// |---------|------------------------------------|----------------------------------------------|------------------------------------------|
// | dataset | id, title, text, publishedAt, source, authors, url, language, pageStarts | everything: id, label, offsets, quote and context, page (from PDF), note, annotator, timestamps; labels with colours and shortcuts, every annotator | everything: relations, relation types, the entity list, entity links, values and their status |
// | w3c     | id, title, text, publishedAt (ext.) | everything the dataset has, the page as a PDF FragmentSelector (labels, annotators and texts in `marginalia:` properties) | everything the dataset has: relations as `linking` annotations, entity links as `identifying` bodies, values as `describing` bodies, the entity list and relation types in `marginalia:` properties |
// | jsonl   | id, text                           | offsets, label and a numeric span id, one span per distinct place and label | relations over span ids (`from_id`, `to_id`, `type`, as doccano), once per pair of spans and type; a span's entity as id, name, kind and Wikidata id (no aliases or note); value and value status (where layers disagree on one span, the first annotation's by id) |
// | doccano | id, text                           | offsets and label only, one per distinct span and label | none (the sequence-labelling triple has no room) |
// | csv     | id, title                          | label, offsets, page (from PDF), quote, annotator id and name, note, timestamps (export only; formula cells defused) | none |
// | claims  | id, title, publishedAt             | one row per claim: its quote, offsets, annotator name and note (export only; formula cells defused) | its claimants', date's and targets' quotes, the entity names of claimants and targets, the date's value and status |
// | brat    | title (as the file name), text (.txt) | every layer's spans as T lines (offsets in code points; across line breaks in fragments), notes as `#` lines; no ids, annotators or timestamps (export only; a zip in the app, a folder from the CLI) | relations as R lines, entity links with a Wikidata id as N lines, values as `#` lines (no status); label and relation types in annotation.conf |

import type { DatasetModel } from './dataset/index.ts';
import { encodeDataset, serialiseDataset } from './dataset/index.ts';
import { encodeBratFiles, zipBratFiles } from './brat/index.ts';
import { encodeClaimsTable } from './claims-table/index.ts';
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
  {
    id: 'claims',
    name: 'Claims table (CSV), one row per claim',
    extension: 'csv',
    mimeType: 'text/csv; charset=utf-8',
  },
  {
    id: 'brat',
    name: 'brat standoff (.txt and .ann per document, zipped)',
    extension: 'zip',
    mimeType: 'application/zip',
  },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export interface ExportOptions {
  exportedAt: Date;
  /** Written into datasets; see app/version.ts. */
  generatorVersion: string;
  /** W3C only: annotations per AnnotationPage (all on one page when absent). */
  pageSize?: number;
  /** CSV and claims table: prefix formula-like cells with `'` (default true; see csv/encode.ts). */
  defuseFormulas?: boolean;
}

/** The formats whose file is text (every one but brat's zip). */
export type TextExportFormat = Exclude<ExportFormat, 'brat'>;

/** What a format's file holds: text for every format but brat, whose files come as one zip. */
export type ExportContent<F extends ExportFormat> = F extends 'brat' ? Uint8Array : string;

export interface ExportedFile<F extends ExportFormat = ExportFormat> {
  content: ExportContent<F>;
  extension: string;
  mimeType: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format.id === value);
}

/** The file for `model` in `format`: its content, and the extension and type to save it with. */
export function exportModel<F extends ExportFormat>(
  model: DatasetModel,
  format: F,
  options: ExportOptions,
): ExportedFile<F> {
  const { extension, mimeType } = EXPORT_FORMATS.find((candidate) => candidate.id === format)!;
  // contentOf's switch gives brat bytes and every other format text, as ExportContent says.
  const content = contentOf(model, format, options) as ExportContent<F>;
  return { content, extension, mimeType };
}

function contentOf(
  model: DatasetModel,
  format: ExportFormat,
  options: ExportOptions,
): string | Uint8Array {
  const defuse =
    options.defuseFormulas === undefined ? {} : { defuseFormulas: options.defuseFormulas };
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
      return encodeCsv(model, defuse);
    case 'claims':
      return encodeClaimsTable(model, defuse);
    case 'brat':
      return zipBratFiles(encodeBratFiles(model), options.exportedAt);
  }
}
