// The promise of every export: what Marginalia writes, Marginalia (or a spreadsheet) reads back
// the same, for any library — texts across the whole Unicode range, any ids, labels, notes and
// timestamps. Each format is held to what it carries (see the table in export.ts).

import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeImportFile } from '../import/decode-import-file.ts';
import type { ImportBundle } from '../import/bundle.ts';
import type { DatasetModel } from './dataset/index.ts';
import { encodeBratFiles } from './brat/index.ts';
import { library } from './export-arbitrary.ts';
import { EXPORT_FORMATS, exportModel, type TextExportFormat } from './export.ts';

const options = {
  exportedAt: new Date('2024-06-01T08:00:00Z'),
  generatorVersion: '0.1.0',
  pageSize: 2,
};

function reimport(model: DatasetModel, format: TextExportFormat): ImportBundle {
  const { content, extension } = exportModel(model, format, options);
  const result = decodeImportFile(`export.${extension}`, content);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

/** Everything an annotation is, keyed by what identifies it, as a bundle gives it back. */
function everyField(bundle: ImportBundle) {
  return bundle.annotations
    .map(({ source: _source, document, note, prefix, suffix, ...rest }) => ({
      ...rest,
      documentId: bundle.documents[document]!.id,
      note: note ?? '',
      prefix: prefix ?? '',
      suffix: suffix ?? '',
    }))
    .sort((a, b) => (a.id! < b.id! ? -1 : 1));
}

/** What JSONL keeps: distinct (document, start, end, label) spans and the quotes they cut. */
function spans(
  annotations: {
    documentId: string;
    start?: number;
    end?: number;
    label: string;
    quote?: string;
  }[],
) {
  return [
    ...new Set(
      annotations.map((a) => JSON.stringify([a.documentId, a.start, a.end, a.label, a.quote])),
    ),
  ].sort();
}

describe('every export format, read back', () => {
  it('lists each format once, with an extension and a media type', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual([
      'dataset',
      'w3c',
      'jsonl',
      'doccano',
      'csv',
      'claims',
      'brat',
    ]);
  });

  it.each(['dataset', 'w3c'] as const)(
    '%s gives back every field of every annotation and document',
    (format) => {
      fc.assert(
        fc.property(library, (model) => {
          const bundle = reimport(model, format);
          expect(bundle.documents.map(({ ref: _ref, ...document }) => document)).toEqual(
            model.documents,
          );
          expect(everyField(bundle)).toEqual(
            [...model.annotations].sort((a, b) => (a.id < b.id ? -1 : 1)),
          );
          expect(bundle.annotators).toEqual(model.annotators);
          expect(bundle.labels).toEqual(model.labels);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(['jsonl', 'doccano'] as const)(
    '%s gives back the documents and their labelled spans',
    (format) => {
      fc.assert(
        fc.property(library, (model) => {
          const bundle = reimport(model, format);
          expect(bundle.documents.map(({ id, text }) => ({ id, text }))).toEqual(
            model.documents.map(({ id, text }) => ({ id, text })),
          );
          const back = bundle.annotations.map((a) => ({
            ...a,
            documentId: bundle.documents[a.document]!.id!,
          }));
          expect(spans(back)).toEqual(spans(model.annotations));
          expect(bundle.warnings).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('brat is a zip of annotation.conf and each document’s .txt and .ann, the same bytes each time', () => {
    fc.assert(
      fc.property(library, (model) => {
        const file = exportModel(model, 'brat', options);
        expect([file.extension, file.mimeType]).toEqual(['zip', 'application/zip']);
        const entries = unzipSync(file.content);
        expect(
          Object.entries(entries).map(([name, bytes]) => [name.split('/')[1], strFromU8(bytes)]),
        ).toEqual(encodeBratFiles(model).map(({ name, content }) => [name, content]));
        expect(exportModel(model, 'brat', options).content).toEqual(file.content);
      }),
      { numRuns: 30 },
    );
  });

  it('csv gives back, through a CSV parser, every field it has a column for', () => {
    fc.assert(
      fc.property(library, (model) => {
        const { content } = exportModel(model, 'csv', { ...options, defuseFormulas: false });
        const rows = Papa.parse<Record<string, string>>(content.slice(1), {
          header: true,
          newline: '\r\n',
          skipEmptyLines: true,
        });
        expect(rows.errors).toEqual([]);
        const back = rows.data.map((row) => [
          row.document_id,
          row.label,
          Number(row.start),
          Number(row.end),
          row.quote,
          row.annotator_id,
          row.note,
          row.created_at,
          row.updated_at,
        ]);
        const expected = model.annotations.map((a) => [
          a.documentId,
          a.label,
          a.start,
          a.end,
          a.quote,
          a.annotator,
          a.note,
          a.createdAt,
          a.updatedAt,
        ]);
        const byJson = (list: unknown[][]) => list.map((row) => JSON.stringify(row)).sort();
        expect(byJson(back)).toEqual(byJson(expected));
      }),
      { numRuns: 60 },
    );
  });
});
