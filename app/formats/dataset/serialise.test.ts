import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../../model/ids.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import { encodeDataset, type DatasetInput } from './encode.ts';
import { parseDataset } from './parse.ts';
import { COMPACT_DATASET_ABOVE, serialiseDataset, serialiseDatasetInPieces } from './serialise.ts';
import { makeAnnotation, makeDocument } from './test-support.ts';
import type { DatasetV1 } from './types.ts';

const first = makeDocument('First', 'Alpha beta gamma delta.');
const second = makeDocument('Second', 'Epsilon 😀 “zeta”.\nEta "theta" \\ iota.');

function dataset(overrides: Partial<DatasetInput> = {}): DatasetV1 {
  return encodeDataset({
    documents: [second, first],
    annotations: [
      makeAnnotation(first, 0, 5, { id: 'a' }),
      makeAnnotation(second, 8, 9, { id: 'emoji' }),
    ],
    annotators: [{ id: asAnnotatorId('ana'), name: 'Ana' }],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '1.2.3',
    ...overrides,
  });
}

const joined = (pieces: Iterable<string>) => [...pieces].join('');

describe('serialiseDataset', () => {
  it('writes two-space JSON with a trailing newline', () => {
    const text = serialiseDataset(dataset({ documents: [] }));
    expect(text.startsWith('{\n  "format": "marginalia-dataset",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes compact JSON when asked, and for datasets above the threshold', () => {
    expect(serialiseDataset(dataset(), { compact: true })).toBe(`${JSON.stringify(dataset())}\n`);
    const annotations = Array.from({ length: COMPACT_DATASET_ABOVE + 1 }, (_, i) =>
      makeAnnotation(first, 0, 5, { id: `a${i}` }),
    );
    const large = serialiseDataset(dataset({ annotations }));
    expect(large.startsWith('{"format":"marginalia-dataset","version":1,')).toBe(true);
  });
});

describe('serialiseDatasetInPieces', () => {
  it('gives exactly the text serialiseDataset gives, compact or indented', () => {
    for (const compact of [true, false])
      expect(joined(serialiseDatasetInPieces(dataset(), { compact }))).toBe(
        serialiseDataset(dataset(), { compact }),
      );
  });

  it('comes one document per piece when compact', () => {
    const pieces = [...serialiseDatasetInPieces(dataset(), { compact: true })];
    const withText = pieces.filter((piece) => piece.includes('"text":'));
    expect(withText).toHaveLength(2);
    expect(JSON.parse(withText[0]!)).toEqual(dataset().documents[0]);
    expect(JSON.parse(withText[1]!)).toEqual(dataset().documents[1]);
  });

  it('keeps the order of the fields, a review, and leaves out undefined fields as JSON.stringify does', () => {
    const { documents, ...rest } = dataset();
    const reordered = { documents, ...rest, extra: undefined } as DatasetV1;
    reordered.documents[0]!.review = { annotators: [asAnnotatorId('ana')], conflicts: [] };
    expect(joined(serialiseDatasetInPieces(reordered, { compact: true }))).toBe(
      serialiseDataset(reordered, { compact: true }),
    );
  });

  it('writes a dataset with no documents, which reads back', () => {
    const empty = dataset({ documents: [], annotations: [] });
    const text = joined(serialiseDatasetInPieces(empty, { compact: true }));
    expect(text).toBe(serialiseDataset(empty, { compact: true }));
    expect(parseDataset(text).ok).toBe(true);
  });
});
