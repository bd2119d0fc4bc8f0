// TEST SUPPORT: random libraries for the export round-trip properties — texts across the whole
// Unicode range, UUID and arbitrary ids, built-in and invented labels, notes, timestamps.

import fc from 'fast-check';
import type { Annotation } from '../model/annotation.ts';
import { asAnnotatorId, asLabelId } from '../model/ids.ts';
import { codePointLength } from '../text/code-points.ts';
import type { DatasetModel } from './dataset/index.ts';
import { makeAnnotation, makeDocument } from './dataset/test-support.ts';

const id = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 }));
const timestamp = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const document = fc
  .tuple(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }))
  .map(([title, text]) => makeDocument(title, text))
  .filter((candidate) => candidate.text.length > 0);

const annotationOf = (source: ReturnType<typeof makeDocument>) => {
  const length = codePointLength(source.text);
  return fc
    .record({
      span: fc
        .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
        .filter(([a, b]) => a !== b),
      id,
      label: fc.oneof(
        fc.constantFrom('claim', 'actor', 'date'),
        fc.string({ minLength: 1, maxLength: 8 }),
      ),
      annotator: fc.constantFrom('ana', 'annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11', '👩‍🔬 x'),
      note: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 20 })),
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .map(({ span: [a, b], createdAt, updatedAt, ...options }): Annotation => ({
      ...makeAnnotation(source, Math.min(a, b), Math.max(a, b), options),
      createdAt,
      updatedAt,
    }));
};

/** One or two documents with up to four annotations each, by three annotators. */
export const library: fc.Arbitrary<DatasetModel> = fc
  .uniqueArray(document, { minLength: 1, maxLength: 2, selector: (candidate) => candidate.id })
  .chain((documents) =>
    fc
      .tuple(...documents.map((source) => fc.array(annotationOf(source), { maxLength: 4 })))
      .map((lists) => lists.flat())
      .filter((annotations) => new Set(annotations.map((a) => a.id)).size === annotations.length)
      .map((annotations) => ({
        documents,
        annotations,
        annotators: [
          { id: asAnnotatorId('ana'), name: 'Ana' },
          {
            id: asAnnotatorId('annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11'),
            name: 'Ben "B" 🦉',
          },
          { id: asAnnotatorId('👩‍🔬 x'), name: 'Lab' },
        ],
        labels: [...new Set(annotations.map((a) => a.label))].map((label) => ({
          id: asLabelId(label),
          name: `Label ${label}`,
          color: '#123abc',
        })),
      })),
  );
