import { describe, expect, it } from 'vitest';
import { encodeDataset, parseDataset, serialiseDataset } from '../formats/dataset/index.ts';
import { makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asRelationId,
  asRelationTypeId,
  type AnnotationId,
} from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import type { Relation } from '../model/relation.ts';
import { computeAgreement } from './agreement-report.ts';
import { agreementInputOfDatasets } from './datasets-agreement-input.ts';
import { annotatorFile, merged } from '../reconcile/merge-test-support.ts';
import { span } from '../reconcile/test-support.ts';

const meeting = makeDocument('Meeting', 'Ana met Ben in Baku on 3 May.');
const quiet = makeDocument('Quiet', 'Nothing happened.');

function dataset(
  annotators: string[],
  documents: SourceDocument[],
  annotations: Annotation[],
  enrichment: { relations?: Relation[]; entities?: Entity[] } = {},
) {
  return encodeDataset({
    documents,
    annotations,
    annotators: annotators.map((id) => ({ id: asAnnotatorId(id), name: id })),
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
    ...enrichment,
  });
}

/** A relation of `meeting` between two annotations of one annotator. */
function relation(id: string, type: string, from: Annotation, to: Annotation): Relation {
  return {
    id: asRelationId(id),
    documentId: meeting.id,
    type: asRelationTypeId(type),
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: '2024-05-01T09:30:00.000Z',
    updatedAt: '2024-05-01T09:30:00.000Z',
  };
}

function entity(id: string, name: string, wikidata?: string): Entity {
  return {
    id: asEntityId(id),
    name,
    kind: 'person',
    aliases: [],
    ...(wikidata === undefined ? {} : { wikidata }),
  };
}

/** An actor of `meeting` linked to `entityId`. */
function actor(start: number, end: number, id: string, annotator: string, entityId?: string) {
  const annotation = makeAnnotation(meeting, start, end, { id, label: 'actor', annotator });
  if (entityId !== undefined) annotation.entity = asEntityId(entityId);
  return annotation;
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

  it('brings relations, entity links and date values along, and compares entities across files', () => {
    // "Ana met Ben in Baku on 3 May.": the claim "met Ben" [4,11), Ana [0,3), 3 May [23,28).
    const claim = (annotator: string, id: string) =>
      makeAnnotation(meeting, 4, 11, { id, label: 'claim', annotator });
    const date = (annotator: string, id: string, value: string) => {
      const annotation = makeAnnotation(meeting, 23, 28, { id, label: 'date', annotator });
      annotation.value = value as DateValue;
      return annotation;
    };
    const anaClaim = claim('ana', 'a1');
    const anaActor = actor(0, 3, 'a2', 'ana', 'e1');
    const anaDate = date('ana', 'a3', '2024-05-03');
    const benClaim = claim('ben', 'b1');
    // Ben's library calls Ana's actor "ana" and gives the id e1 to someone else.
    const benActor = actor(0, 3, 'b2', 'ben', 'ana');
    const benOther = actor(8, 11, 'b3', 'ben', 'e1');
    const benDate = date('ben', 'b4', '2024-05-03');
    const ana = dataset(['ana'], [meeting], [anaClaim, anaActor, anaDate], {
      relations: [
        relation('r1', 'claimant', anaClaim, anaActor),
        relation('r2', 'date', anaClaim, anaDate),
      ],
      entities: [entity('e1', 'Ana Aliyeva')],
    });
    const ben = dataset(['ben'], [meeting], [benClaim, benActor, benOther, benDate], {
      relations: [
        relation('r1', 'claimant', benClaim, benActor),
        relation('r2', 'date', benClaim, benDate),
      ],
      entities: [entity('ana', 'ana aliyeva'), entity('e1', 'Ben Aliyev')],
    });
    const merged = agreementInputOfDatasets([ana, ben]);
    expect(merged.input.relations).toHaveLength(4);
    // Ben's e1 is not Ana's e1: it gets an id of its own, and Ben's link to it follows.
    expect(merged.input.entities.map((e) => [e.id, e.name])).toEqual([
      ['e1', 'Ana Aliyeva'],
      ['ana', 'ana aliyeva'],
      ['e1 (file 2)', 'Ben Aliyev'],
    ]);
    expect(merged.input.annotations.find((a) => a.id === 'b3')!.entity).toBe('e1 (file 2)');
    expect(merged.relationTypeNames.get(asRelationTypeId('claimant'))).toBe('Claimant');

    const report = computeAgreement(merged.input);
    expect(report.overall).toMatchObject({
      relationF1Exact: { pairs: { 'ana|ben': 1 }, mean: 1 },
      relationF1Overlap: { pairs: { 'ana|ben': 1 }, mean: 1 },
      // "Ana Aliyeva" and "ana aliyeva": one actor by name, whatever the ids.
      entityAgreement: { pairs: { 'ana|ben': 1 }, mean: 1 },
      dateValueAgreement: { pairs: { 'ana|ben': 1 }, mean: 1 },
    });
    expect(Object.keys(report.relationTypes)).toEqual(['claimant', 'date']);
  });

  it('counts a relation found in two files once, and lets a moved repeat keep its own links', () => {
    const anaClaim = makeAnnotation(meeting, 4, 11, { id: 'a1', label: 'claim', annotator: 'ana' });
    const anaActor = actor(0, 3, 'a2', 'ana');
    const benClaim = makeAnnotation(meeting, 4, 11, { id: 'b1', label: 'claim', annotator: 'ben' });
    const benActor = actor(0, 3, 'b2', 'ben');
    const first = dataset(['ana'], [meeting], [anaClaim, anaActor], {
      relations: [relation('r1', 'claimant', anaClaim, anaActor)],
    });
    // Ana's library exported again, after she moved a2 onto Ben: same ids, another span.
    const movedActor = actor(8, 11, 'a2', 'ana');
    const again = dataset(['ana', 'ben'], [meeting], [anaClaim, movedActor, benClaim, benActor], {
      relations: [
        relation('r1', 'claimant', anaClaim, movedActor),
        relation('r9', 'claimant', benClaim, benActor),
      ],
    });
    const merged = agreementInputOfDatasets([first, again]);
    const ids = (annotator: string) =>
      merged.input.annotations.filter((a) => a.annotator === annotator).map((a) => a.id);
    expect(ids('ana')).toEqual(['a2', 'a1', 'a2 (file 2)']);
    // r1 of the second file links the moved span: a relation of its own, not a repeat of r1.
    expect(
      merged.input.relations.map(
        ({ annotator, from, to }) => [annotator, from, to] as [string, AnnotationId, AnnotationId],
      ),
    ).toEqual([
      ['ana', 'a1', 'a2'],
      ['ana', 'a1', 'a2 (file 2)'],
      ['ben', 'b1', 'b2'],
    ]);
    // The first file twice: its relation once.
    expect(agreementInputOfDatasets([first, first]).input.relations).toEqual([
      {
        documentId: meeting.id,
        type: 'claimant',
        from: asAnnotationId('a1'),
        to: asAnnotationId('a2'),
        annotator: 'ana',
      },
    ]);
  });
});
