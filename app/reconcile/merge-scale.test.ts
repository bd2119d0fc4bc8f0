// The merge of two annotators' whole libraries: 100 documents of 100 spans each, every kind of
// conflict at every position of a document, so each count below is exact. Its speed on the
// review issue's size (2 × 100,000 annotations on 1,000 documents, ≤ 2 s) is measured by
// `npm run bench` (bench/scenarios/cli-commands.ts), never here: a correctness test must not
// depend on the machine's load.

import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, DATASET_VERSION, type DatasetV1 } from '../formats/dataset/index.ts';
import { asAnnotationId, asAnnotatorId, asLabelId, type AnnotatorId } from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import { codePoints } from '../model/offsets.ts';
import { documentIdOf } from '../text/document-id.ts';
import { mergeDatasets } from './merge.ts';
import { summariseReview } from './review-summary.ts';

const WORDS = 'talks resumed in geneva on friday minister said a deal was within reach'.split(' ');

/** 100 documents of ~3,400 characters, shared by both files. */
const texts = Array.from(
  { length: 100 },
  (_, d) =>
    `Report ${d}. ${Array.from({ length: 700 }, (_, w) => WORDS[(d * 7 + w * 5) % WORDS.length]).join(' ')}`,
);
const ids = texts.map(documentIdOf);

/**
 * One annotator's file: 100 spans per document, every 33 code points. ben differs from ana on
 * every fifth span's end (boundary conflicts) and every seventh span's label (label conflicts).
 */
function annotatorFile(annotator: AnnotatorId): DatasetV1 {
  const documents = texts.map((text, d) => ({
    id: ids[d]!,
    title: `Report ${d}`,
    text,
    annotations: Array.from({ length: 100 }, (_, k) => {
      const start = k * 33;
      const end = start + 10 + (k % 7) + (annotator === 'ben' && k % 5 === 1 ? 2 : 0);
      const label = annotator === 'ben' && k % 7 === 2 ? 'actor' : 'claim';
      return {
        id: asAnnotationId(`${annotator}-${d}-${k}`),
        label: asLabelId(label),
        start: codePoints(start),
        end: codePoints(end),
        quote: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        note: '',
        annotator,
        createdAt: '2024-05-01T09:30:00.000Z',
        updatedAt: '2024-05-01T09:30:00.000Z',
      };
    }),
  }));
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    exportedAt: '2024-05-10T12:00:00.000Z',
    annotators: [{ id: annotator, name: annotator }],
    labels: [...BUILT_IN_LABELS],
    documents,
  };
}

describe('mergeDatasets at scale', () => {
  it('merges 2 × 10,000 annotations on 100 documents, counting every conflict', () => {
    const files = [annotatorFile(asAnnotatorId('ana')), annotatorFile(asAnnotatorId('ben'))];
    const result = mergeDatasets(files, new Date('2024-06-01T10:00:00Z'));
    if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 3)));
    expect(summariseReview(result.value.dataset)).toMatchObject({
      documents: 100,
      unanimous: 6_900,
      open: { label: 1_100, boundary: 1_700, single: 600 },
    });
  });
});
