import { describe, expect, it } from 'vitest';
import { parseDataset, serialiseDataset, type DatasetV1 } from '../formats/dataset/index.ts';
import { makeDocument } from '../formats/dataset/test-support.ts';
import { asAnnotationId, asAnnotatorId } from '../model/ids.ts';
import { compareLayers } from './compare-layers.ts';
import { acceptMembers, rejectGroup } from './decisions.ts';
import { mergeDatasets } from './merge.ts';
import {
  annotatorFile,
  MERGED_AT,
  merged,
  mergeIssues,
  reviewed,
  withoutExportTime,
} from './merge-test-support.ts';
import { groupIdOf, reconciledIdOf } from './reconciled-ids.ts';
import { summariseReview } from './review-summary.ts';
import { ANA_AND_BEN, span } from './test-support.ts';

const ana = annotatorFile('ana', [
  span('ana', 30, 40, 'date'),
  span('ana', 65, 90),
  span('ana', 42, 59, 'actor'),
]);
const ben = annotatorFile('ben', [
  span('ben', 30, 40, 'date'),
  span('ben', 60, 90),
  span('ben', 42, 59, 'claim'),
  span('ben', 100, 110),
]);
const rosa = asAnnotatorId('rosa');

function annotationsOf(dataset: DatasetV1, annotator: string) {
  return dataset.documents.flatMap((document) =>
    document.annotations.filter((annotation) => annotation.annotator === annotator),
  );
}

function conflictsOf(dataset: DatasetV1) {
  return dataset.documents.flatMap((document) =>
    (document.review?.conflicts ?? []).map(({ kind, annotations, status }) => ({
      kind,
      annotations,
      status,
    })),
  );
}

/** The dataset as `marginalia validate` sees it: no issues. */
function issuesOf(dataset: DatasetV1) {
  const result = parseDataset(serialiseDataset(dataset));
  return result.ok ? [] : result.error;
}

describe('mergeDatasets', () => {
  const output = merged([ana, ben]);

  it('keeps both layers and lists the reconciled layer', () => {
    expect(annotationsOf(output, 'ana')).toEqual(ana.documents[0]!.annotations);
    expect(annotationsOf(output, 'ben')).toEqual(ben.documents[0]!.annotations);
    expect(output.annotators).toEqual([
      { id: 'ana', name: 'ANA' },
      { id: 'ben', name: 'BEN' },
      { id: 'reconciled', name: 'Reconciled', role: 'reconciled' },
    ]);
    expect(issuesOf(output)).toEqual([]);
  });

  it('reconciles agreements as unanimous, decided by nobody', () => {
    const [agreed] = annotationsOf(output, 'reconciled');
    expect(annotationsOf(output, 'reconciled')).toHaveLength(1);
    expect(agreed).toMatchObject({
      label: 'date',
      start: 30,
      end: 40,
      quote: '3 May 2024',
      createdAt: '2024-06-01T10:00:00.000Z',
      provenance: {
        decision: 'unanimous',
        decidedBy: null,
        decidedAt: '2024-06-01T10:00:00.000Z',
        sources: [
          { annotator: 'ana', annotationId: 'ana-30-40-date', label: 'date', start: 30, end: 40 },
          { annotator: 'ben', annotationId: 'ben-30-40-date', label: 'date', start: 30, end: 40 },
        ],
      },
    });
  });

  it("writes an agreement as the review view's accept would, field for field in the file's order", () => {
    const group = compareLayers(
      [span('ana', 30, 40, 'date'), span('ben', 30, 40, 'date')],
      ANA_AND_BEN,
    )[0]!;
    const ids = group.members.map((member) => member.id);
    const { documentId: _documentId, ...accepted } = acceptMembers(group, ids, null, MERGED_AT)
      .annotations[0]!;
    expect(JSON.stringify(annotationsOf(output, 'reconciled')[0])).toBe(JSON.stringify(accepted));
  });

  it('leaves everything else open, marked by kind, in the document review', () => {
    expect(output.documents[0]!.review!.annotators).toEqual(['ana', 'ben']);
    expect(conflictsOf(output)).toEqual([
      { kind: 'label', annotations: ['ana-42-59-actor', 'ben-42-59-claim'], status: 'open' },
      { kind: 'boundary', annotations: ['ben-60-90-claim', 'ana-65-90-claim'], status: 'open' },
      { kind: 'single', annotations: ['ben-100-110-claim'], status: 'open' },
    ]);
    expect(summariseReview(output)).toEqual({
      documents: 1,
      annotators: 2,
      reconciled: 1,
      unanimous: 1,
      unanimousLinks: 0,
      unanimousEntities: 0,
      unanimousValues: 0,
      open: { label: 1, boundary: 1, single: 1 },
      openTotal: 3,
      resolved: 0,
    });
  });

  it('counts an annotator who read a document and marked nothing as disagreeing', () => {
    const quiet = annotatorFile('cleo', []);
    expect(conflictsOf(merged([ana, ben, quiet]))[0]).toEqual({
      kind: 'partial',
      annotations: ['ana-30-40-date', 'ben-30-40-date'],
      status: 'open',
    });
  });

  it('does not count an annotator on a document their file does not have', () => {
    const elsewhere = annotatorFile('cleo', [], [makeDocument('Other', 'Nothing here.')]);
    const output3 = merged([ana, ben, elsewhere]);
    expect(annotationsOf(output3, 'reconciled')).toHaveLength(1);
    expect(output3.documents.map((document) => document.review?.annotators)).toEqual([
      ['cleo'],
      ['ana', 'ben'],
    ]);
  });

  it('keeps an annotation found in two files once, the most recently updated version', () => {
    const edited = annotatorFile('ana', [
      { ...span('ana', 65, 90), note: 'second thoughts', updatedAt: '2024-05-20T09:00:00.000Z' },
    ]);
    const output2 = merged([edited, ana, ben]);
    expect(annotationsOf(output2, 'ana').map((a) => [a.id, a.note])).toEqual([
      ['ana-30-40-date', ''],
      ['ana-42-59-actor', ''],
      ['ana-65-90-claim', 'second thoughts'],
    ]);
  });

  it('renames an id two files use for different annotations, and says so', () => {
    const numbered = (annotator: string, start: number, end: number) =>
      annotatorFile(annotator, [span(annotator, start, end, 'claim', 'ann-1')]);
    const result = mergeDatasets([numbered('ana', 0, 10), numbered('ben', 0, 10)], new Date());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { dataset, renamedIds } = result.value;
    expect(renamedIds).toEqual(['ann-1']);
    const [first, second] = [...annotationsOf(dataset, 'ana'), ...annotationsOf(dataset, 'ben')];
    expect(first!.id).not.toBe(second!.id);
    expect(first!.id).not.toBe('ann-1');
    expect(
      annotationsOf(dataset, 'reconciled')[0]!.provenance!.sources.map((s) => s.annotationId),
    ).toEqual([first!.id, second!.id]);
    expect(issuesOf(dataset)).toEqual([]);
  });

  it('settles differing names and titles by preference, not by file order', () => {
    const renamed = { ...ben, annotators: [{ id: asAnnotatorId('ben'), name: 'ben' }] };
    const retitled = { ...ben, documents: [{ ...ben.documents[0]!, title: '' }] };
    for (const order of [
      [ana, ben, renamed, retitled],
      [retitled, renamed, ben, ana],
    ]) {
      const output4 = merged(order);
      expect(output4.annotators[1]).toEqual({ id: 'ben', name: 'BEN' });
      expect(output4.documents[0]!.title).toBe('Talks');
    }
  });
});

describe('merging reviewed files', () => {
  const fresh = merged([ana, ben]);
  /** The reviewer accepts ben's side of the boundary conflict and rejects the single span. */
  const decided = reviewed(fresh, (groups) =>
    groups.flatMap((group) =>
      group.kind === 'boundary'
        ? [
            acceptMembers(
              group,
              [asAnnotationId('ben-60-90-claim')],
              rosa,
              new Date('2024-06-02T09:00:00Z'),
            ),
          ]
        : group.kind === 'single'
          ? [rejectGroup(group)]
          : [],
    ),
  );

  it('changes nothing when a merged file is merged again, alone or with itself', () => {
    const later = new Date('2024-07-01T00:00:00Z');
    expect(withoutExportTime(merged([fresh], later))).toEqual(withoutExportTime(fresh));
    expect(withoutExportTime(merged([fresh, fresh], later))).toEqual(withoutExportTime(fresh));
    expect(withoutExportTime(merged([decided, decided], later))).toEqual(
      withoutExportTime(merged([decided], later)),
    );
  });

  it("keeps a reviewer's decisions when the annotators' files are merged in again", () => {
    const again = merged([decided, ana, ben], new Date('2024-07-01T00:00:00Z'));
    expect(conflictsOf(again).map(({ kind, status }) => `${kind} ${status}`)).toEqual([
      'label open',
      'boundary resolved',
      'single resolved',
    ]);
    expect(annotationsOf(again, 'reconciled')).toEqual(annotationsOf(decided, 'reconciled'));
    expect(summariseReview(again)).toMatchObject({ openTotal: 1, resolved: 2, reconciled: 2 });
    expect(issuesOf(again)).toEqual([]);
  });

  it('reopens a group two files decided differently, keeping both decisions', () => {
    const otherwise = reviewed(fresh, (groups) =>
      groups
        .filter((group) => group.kind === 'boundary')
        .map((group) =>
          acceptMembers(
            group,
            [asAnnotationId('ana-65-90-claim')],
            asAnnotatorId('sam'),
            new Date(),
          ),
        ),
    );
    const both = merged([decided, otherwise]);
    const boundary = both.documents[0]!.review!.conflicts.find(
      (conflict) => conflict.kind === 'boundary',
    );
    expect(boundary!.status).toBe('open');
    expect(annotationsOf(both, 'reconciled').map((a) => `${a.start}-${a.end}`)).toEqual([
      '30-40',
      '60-90',
      '65-90',
    ]);
    // And it stays open when that merge is merged again.
    expect(
      conflictsOf(merged([both])).find((conflict) => conflict.kind === 'boundary')!.status,
    ).toBe('open');
  });

  it('reopens a unanimous agreement once a third rater disagrees, keeping its annotation', () => {
    const labelledOtherwise = merged([
      fresh,
      annotatorFile('cleo', [span('cleo', 30, 40, 'actor')]),
    ]);
    const date = labelledOtherwise.documents[0]!.review!.conflicts[0]!;
    expect(date).toMatchObject({ kind: 'label', status: 'open' });
    expect(date.annotations).toEqual(['cleo-30-40-actor', 'ana-30-40-date', 'ben-30-40-date']);
    // The earlier unanimous annotation stays, for the reviewer to confirm or replace.
    expect(annotationsOf(labelledOtherwise, 'reconciled')).toEqual(
      annotationsOf(fresh, 'reconciled'),
    );

    // The same members, now only some of the raters: the group keeps its id but is open.
    const unmarked = merged([fresh, annotatorFile('cleo', [])]);
    expect(unmarked.documents[0]!.review!.conflicts[0]).toMatchObject({
      kind: 'partial',
      annotations: ['ana-30-40-date', 'ben-30-40-date'],
      status: 'open',
    });
  });

  it('refuses to write a source that no file resolves although its layer is carried', () => {
    const reconciledOnly: DatasetV1 = {
      ...fresh,
      documents: fresh.documents.map(({ review: _review, ...document }) => ({
        ...document,
        annotations: document.annotations.filter((a) => a.annotator === 'reconciled'),
      })),
    };
    const anaWithout = annotatorFile('ana', [span('ana', 65, 90)]);
    const result = mergeIssues([reconciledOnly, anaWithout]);
    expect(result.ok ? [] : result.error).toEqual([
      {
        input: 0,
        path: '/documents/0/annotations/0/provenance/sources/0/annotationId',
        message:
          'cites annotation "ana-30-40-date" of "ana", which none of the files has, although they carry "ana"\'s layer on this document',
      },
    ]);
    // The reconciled layer alone merges with the other layer it cites.
    expect(mergeIssues([reconciledOnly, ben]).ok).toBe(true);
  });

  it('derives the unanimous annotation id from its group, span and label', () => {
    const [agreed] = annotationsOf(fresh, 'reconciled');
    const members = agreed!.provenance!.sources.map((source) => source.annotationId);
    expect(agreed!.id).toBe(reconciledIdOf(groupIdOf(members), agreed!.label, 30, 40));
  });
});
