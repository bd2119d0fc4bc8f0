import { describe, expect, it } from 'vitest';
import { encodeDataset, parseDataset, serialiseDataset } from '../formats/dataset/index.ts';
import { makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import { asAnnotatorId } from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import { computeAgreement } from './agreement-report.ts';
import { agreementInputOfDatasets } from './datasets-agreement-input.ts';
import { annotatorFile, merged } from '../reconcile/merge-test-support.ts';
import { span } from '../reconcile/test-support.ts';

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

describe('agreementInputOfDatasets', () => {
  it('makes each listed annotator a rater of every document of its file', () => {
    const merged = agreementInputOfDatasets([
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
    const merged = agreementInputOfDatasets([
      dataset(['ana'], [meeting], [actor]),
      dataset(['ana'], [meeting], [actor]),
      dataset(['ana'], [meeting], [moved]),
    ]);
    expect(merged.input.annotations.map(({ start, end }) => [start, end])).toEqual([
      [0, 3],
      [8, 11],
    ]);
  });

  it('never makes the reconciled layer a rater, so a merged file scores its annotators', () => {
    const ana = annotatorFile('ana', [span('ana', 30, 40, 'date'), span('ana', 65, 90)]);
    const ben = annotatorFile('ben', [span('ben', 30, 40, 'date'), span('ben', 60, 90)]);
    const output = merged([ana, ben]);
    expect(output.annotators.map((a) => a.id)).toContain('reconciled');
    expect(output.documents[0]!.annotations.some((a) => a.annotator === 'reconciled')).toBe(true);

    const fromMerged = agreementInputOfDatasets([output]);
    expect([...fromMerged.input.raters.values()]).toEqual([['ana', 'ben']]);
    expect(fromMerged.input.annotations.map((a) => a.annotator).sort()).toEqual([
      'ana',
      'ana',
      'ben',
      'ben',
    ]);
    expect(fromMerged.annotatorNames.has(asAnnotatorId('reconciled'))).toBe(false);
    expect(computeAgreement(fromMerged.input)).toEqual(
      computeAgreement(agreementInputOfDatasets([ana, ben]).input),
    );
  });

  it('tells the reconciled layer by its id alone: no file parseDataset accepts gives the role to another', () => {
    const boss = dataset(['ana', 'boss'], [meeting], []);
    boss.annotators[1]!.role = 'reconciled';
    expect(parseDataset(serialiseDataset(boss))).toEqual({
      ok: false,
      error: [
        {
          path: '/annotators/1/role',
          message:
            'expected "annotator" or no role (only the reserved id "reconciled" holds the reconciled layer), found "reconciled"',
        },
      ],
    });
  });
});
