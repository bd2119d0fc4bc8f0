import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetModel } from '../../app/formats/dataset/index.ts';
import { makeDocument } from '../../app/formats/dataset/test-support.ts';
import { library } from '../../app/formats/export-arbitrary.ts';
import { exportModel, type TextExportFormat } from '../../app/formats/export.ts';
import type { ImportBundle } from '../../app/import/bundle.ts';
import { decodeImportFile } from '../../app/import/decode-import-file.ts';
import { compareAnnotations, type Annotation } from '../../app/model/annotation.ts';
import { asAnnotationId, asLabelId } from '../../app/model/ids.ts';
import { CLAIMANT, TARGET } from '../../app/model/relation.ts';
import { bundleToModel } from './convert-model.ts';

const now = new Date('2024-06-01T08:00:00.000Z');

/** What `convert` does to a library exported as `format`: decode, then back to a model. */
function throughConvert(model: DatasetModel, format: TextExportFormat) {
  const { content, extension } = exportModel(model, format, {
    exportedAt: now,
    generatorVersion: '0.1.0',
    pageSize: 3,
  });
  const decoded = decodeImportFile(`in.${extension}`, content);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return bundleToModel(decoded.value, now);
}

const sorted = (annotations: Annotation[]) => [...annotations].sort(compareAnnotations);
const spans = (annotations: Annotation[]) =>
  [
    ...new Set(
      annotations.map((a) =>
        JSON.stringify([a.documentId, a.start, a.end, a.label, a.quote, a.prefix, a.suffix]),
      ),
    ),
  ].sort();

describe('bundleToModel after each export, for any library', () => {
  it.each(['dataset', 'w3c'] as const)(
    '%s: the same documents, annotations, annotators, labels, relations and entities',
    (format) => {
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      fc.assert(
        fc.property(library, (model) => {
          const converted = throughConvert(model, format);
          const { model: back, leftOut, relationsLeftOut, withoutText } = converted;
          expect([leftOut, relationsLeftOut, withoutText]).toEqual([[], [], []]);
          expect(back.documents).toEqual(model.documents);
          expect(sorted(back.annotations)).toEqual(sorted(model.annotations));
          expect(back.annotators).toEqual(model.annotators);
          expect(back.labels).toEqual(model.labels);
          expect([...(back.relations ?? [])].sort(byId)).toEqual(
            [...(model.relations ?? [])].sort(byId),
          );
          // The dataset lists entities by id; the W3C collection as given.
          expect([...(back.entities ?? [])].sort(byId)).toEqual(
            [...(model.entities ?? [])].sort(byId),
          );
          expect(back.relationTypes).toEqual(model.relationTypes);
        }),
        { numRuns: 50 },
      );
    },
  );

  it.each(['jsonl', 'doccano'] as const)(
    '%s: the same texts and spans, quotes and context',
    (format) => {
      fc.assert(
        fc.property(library, (model) => {
          const { model: back, leftOut } = throughConvert(model, format);
          expect(leftOut).toEqual([]);
          expect(back.documents.map(({ id, text }) => [id, text])).toEqual(
            model.documents.map(({ id, text }) => [id, text]),
          );
          expect(spans(back.annotations)).toEqual(spans(model.annotations));
        }),
        { numRuns: 50 },
      );
    },
  );
});

describe('bundleToModel placing annotations', () => {
  const document = makeDocument('Talks', 'Baku and Yerevan met. Baku agreed.');
  const bundle = (annotations: ImportBundle['annotations']): ImportBundle => ({
    format: 'w3c-annotation',
    documents: [{ id: document.id, ref: 'doc', text: document.text }],
    annotations,
    annotators: [],
    labels: [{ id: asLabelId('actor'), name: 'Actor' }],
    warnings: [],
  });
  const actor = asLabelId('actor');

  it('places a quote found once, or once with its context, and leaves out one found twice', () => {
    const { model, leftOut } = bundleToModel(
      bundle([
        { source: '/0', document: 0, label: actor, quote: 'Yerevan' },
        { source: '/1', document: 0, label: actor, quote: 'Baku', prefix: 'met. ' },
        { source: '/2', document: 0, label: actor, quote: 'Baku' },
        { source: '/3', document: 0, label: actor, quote: 'Tbilisi' },
        { source: '/4', document: 0, label: actor },
      ]),
      now,
    );
    expect(
      model.annotations.map((a) => [a.start, a.end, a.quote, a.annotator, a.createdAt]),
    ).toEqual([
      [9, 16, 'Yerevan', 'unattributed', now.toISOString()],
      [22, 26, 'Baku', 'unattributed', now.toISOString()],
    ]);
    expect(model.annotators).toEqual([{ id: 'unattributed', name: 'Unattributed' }]);
    expect(model.labels).toEqual([{ id: 'actor', name: 'Actor', color: '#2563eb' }]);
    expect(leftOut).toEqual([
      { source: '/2', reason: 'its quote "Baku" (with its context) occurs 2 times' },
      { source: '/3', reason: 'its quote "Tbilisi" (with its context) is not in the text' },
      { source: '/4', reason: 'it has neither offsets nor a quote' },
    ]);
  });

  it('keeps one of two annotations that are the same span, label and annotator without ids', () => {
    const { model, leftOut } = bundleToModel(
      bundle([
        { source: 'line 1', document: 0, label: actor, start: 0, end: 4 },
        { source: 'line 2', document: 0, label: actor, start: 0, end: 4 },
      ]),
      now,
    );
    expect(model.annotations).toHaveLength(1);
    expect(leftOut).toEqual([{ source: 'line 2', reason: 'the same annotation as line 1' }]);
  });
});

describe('bundleToModel placing relations', () => {
  const document = makeDocument('Talks', 'Baku said talks resume.');
  const claim = asAnnotationId('c');
  const actor = asAnnotationId('a');
  const bundle: ImportBundle = {
    format: 'jsonl',
    documents: [{ id: document.id, ref: 'line 1', text: document.text }],
    annotations: [
      { source: 'line 1', id: actor, document: 0, label: asLabelId('actor'), start: 0, end: 4 },
      { source: 'line 1', id: claim, document: 0, label: asLabelId('claim'), start: 5, end: 22 },
      // Its offsets disagree with its quote: not placed.
      {
        source: 'line 1',
        id: asAnnotationId('x'),
        document: 0,
        label: asLabelId('actor'),
        start: 0,
        end: 4,
        quote: 'Yerevan',
      },
    ],
    annotators: [],
    labels: [],
    relations: [
      { source: 'line 1: /relations/0', document: 0, type: CLAIMANT, from: claim, to: actor },
      {
        source: 'line 1: /relations/1',
        document: 0,
        type: TARGET,
        from: claim,
        to: asAnnotationId('x'),
      },
    ],
    warnings: [],
  };

  it('links the placed annotations, in their layer, with a derived id, and says which it left out', () => {
    const converted = bundleToModel(bundle, now);
    const again = bundleToModel(bundle, now);
    expect(converted.model.relations).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-/),
        documentId: document.id,
        type: CLAIMANT,
        from: claim,
        to: actor,
        annotator: 'unattributed',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
    ]);
    expect(again.model.relations![0]!.id).toBe(converted.model.relations![0]!.id);
    expect(converted.relationsLeftOut).toEqual([
      { source: 'line 1: /relations/1', reason: 'the annotation it links to is not converted' },
    ]);
  });
});

describe('bundleToModel of a merged dataset', () => {
  it('keeps the reconciled layer valid: provenance, roles and reviews come along', async () => {
    const { annotatorFile, merged } = await import('../../app/reconcile/merge-test-support.ts');
    const { span } = await import('../../app/reconcile/test-support.ts');
    const { datasetToModel, parseDataset } = await import('../../app/formats/dataset/index.ts');
    const output = merged([
      annotatorFile('ana', [span('ana', 30, 40, 'date'), span('ana', 65, 90)]),
      annotatorFile('ben', [span('ben', 30, 40, 'date'), span('ben', 60, 90)]),
    ]);
    const converted = throughConvert(datasetToModel(output), 'dataset');
    expect(converted.leftOut).toEqual([]);
    // Label shortcuts are not carried by bundles; everything else is.
    const { labels: _labels, ...expected } = datasetToModel(output);
    expect(converted.model).toMatchObject(expected);
    const { content } = exportModel(converted.model, 'dataset', {
      exportedAt: now,
      generatorVersion: '0.1.0',
    });
    expect(parseDataset(content).ok).toBe(true);
  });
});
