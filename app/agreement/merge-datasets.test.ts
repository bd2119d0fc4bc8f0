import { describe, expect, it } from 'vitest';
import { encodeDataset } from '../formats/dataset/index.ts';
import { makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import { asAnnotatorId } from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import { mergeDatasets } from './merge-datasets.ts';

const meeting = makeDocument('Meeting', 'Ana met Ben in Baku on 3 May.');
const quiet = makeDocument('Quiet', 'Nothing happened.');

function dataset(annotators: string[], documents: SourceDocument[], annotations: Annotation[]) {
  return encodeDataset({
    documents,
    annotations,
    annotators: annotators.map((id) => ({ id: asAnnotatorId(id), name: id })),
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
  });
}

describe('mergeDatasets', () => {
  it('makes each listed annotator a rater of every document of its file', () => {
    const merged = mergeDatasets([
      dataset(['ana'], [meeting, quiet], []),
      dataset(['ben', 'cem'], [meeting], []),
    ]);
    expect(merged.input.documents.map((d) => d.id)).toEqual([meeting.id, quiet.id]);
    expect(merged.input.raters).toEqual(
      new Map([
        [meeting.id, ['ana', 'ben', 'cem']],
        [quiet.id, ['ana']],
      ]),
    );
    expect(merged.titles.get(quiet.id)).toBe('Quiet');
  });

  it('keeps an annotation repeated across files once, but not a different one with its id', () => {
    const actor = makeAnnotation(meeting, 0, 3, { id: 'a1', label: 'actor', annotator: 'ana' });
    const moved = makeAnnotation(meeting, 8, 11, { id: 'a1', label: 'actor', annotator: 'ana' });
    const merged = mergeDatasets([
      dataset(['ana'], [meeting], [actor]),
      dataset(['ana'], [meeting], [actor]),
      dataset(['ana'], [meeting], [moved]),
    ]);
    expect(merged.input.annotations.map(({ start, end }) => [start, end])).toEqual([
      [0, 3],
      [8, 11],
    ]);
  });
});
