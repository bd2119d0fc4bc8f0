// Properties over random documents in the whole Unicode range: whatever valid spans Marginalia
// writes, it reads back without issues; whatever offsets a broken file has, the reader reports
// them and never throws.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../model/annotation.ts';
import { asAnnotatorId } from '../../model/ids.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import { codePointLength, sliceByCodePoints } from '../../text/code-points.ts';
import { encodeDataset } from './encode.ts';
import { serialiseDataset } from './serialise.ts';
import { parseDataset } from './parse.ts';
import { makeAnnotation, makeDocument } from './test-support.ts';

const document = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 60 })
  .map((text) => makeDocument('Random', text))
  .filter((candidate) => candidate.text.length > 0);

/** A document with up to five spans, as [start, end) pairs with start < end ≤ length. */
const annotatedDocument = document.chain((source) => {
  const length = codePointLength(source.text);
  const span = fc
    .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  return fc.tuple(fc.constant(source), fc.array(span, { maxLength: 5 }));
});

function encode([source, spans]: [SourceDocument, (readonly [number, number])[]]) {
  const annotations = spans.map(([start, end], i) =>
    makeAnnotation(source, start, end, { id: `a${i}` }),
  );
  return encodeDataset({
    documents: [source],
    annotations,
    annotators: [{ id: asAnnotatorId('ana'), name: 'Ana' }],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
  });
}

describe('dataset properties', () => {
  it('parses every dataset it encodes, with quotes matching the text', () => {
    fc.assert(
      fc.property(annotatedDocument, (value) => {
        const result = parseDataset(serialiseDataset(encode(value)));
        expect(result.ok ? [] : result.error).toEqual([]);
        if (!result.ok) return;
        const [read] = result.value.documents;
        for (const annotation of read!.annotations) {
          expect(annotation.quote).toBe(
            sliceByCodePoints(read!.text, annotation.start, annotation.end),
          );
        }
      }),
    );
  });

  it('reports offsets out of range or reversed at the offending annotation, never throwing', () => {
    const broken = annotatedDocument
      .filter(([, spans]) => spans.length > 0)
      .chain((value) =>
        fc.tuple(
          fc.constant(value),
          fc.nat({ max: value[1].length - 1 }),
          fc.constantFrom('past-end', 'reversed', 'empty'),
          fc.integer({ min: 1, max: 1000 }),
        ),
      );
    fc.assert(
      fc.property(broken, ([value, which, mutation, by]) => {
        const dataset = encode(value);
        const length = codePointLength(dataset.documents[0]!.text);
        const annotations = dataset.documents[0]!.annotations;
        const position = annotations.findIndex((annotation) => annotation.id === `a${which}`);
        const annotation = annotations[position]! as { start: number; end: number };
        if (mutation === 'past-end') annotation.end = length + by;
        if (mutation === 'reversed')
          [annotation.start, annotation.end] = [annotation.end, annotation.start];
        if (mutation === 'empty') annotation.start = annotation.end;

        const result = parseDataset(serialiseDataset(dataset));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toContainEqual({
          path: `/documents/0/annotations/${position}/end`,
          message: expect.stringMatching(/^expected an end (greater than start|of at most)/),
        });
      }),
    );
  });
});
