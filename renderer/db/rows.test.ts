import { describe, expect, it } from 'vitest';
import { asAnnotationId, asAnnotatorId, asRelationId } from '../../app/model/ids.ts';
import { CLAIMANT, type Relation } from '../../app/model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { randomDocumentId } from '../test-support/test-database.ts';
import {
  layerKeyOf,
  loadRelation,
  parseLayerKey,
  storeRelation,
  type StoredRelation,
} from './rows.ts';

describe('parseLayerKey', () => {
  it('gives back the document and annotator a key was made of', () => {
    const documentId = randomDocumentId();
    const annotatorId = asAnnotatorId('annotator-alice');
    expect(parseLayerKey(layerKeyOf(documentId, annotatorId))).toEqual({ documentId, annotatorId });
  });

  it('keeps a "|" inside the annotator id (an imported team|alice), splitting at the first', () => {
    const documentId = randomDocumentId();
    const annotatorId = asAnnotatorId('team|alice|2024');
    expect(parseLayerKey(layerKeyOf(documentId, annotatorId))).toEqual({ documentId, annotatorId });
  });
});

describe('storeRelation and loadRelation', () => {
  const documentId = randomDocumentId();
  const relation: Relation = {
    id: asRelationId('r1'),
    documentId,
    type: CLAIMANT,
    from: asAnnotationId('claim'),
    to: asAnnotationId('actor'),
    annotator: asAnnotatorId('annotator-alice'),
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
  };
  const reconciled: Relation = {
    ...relation,
    annotator: RECONCILED_ANNOTATOR,
    provenance: {
      decision: 'adjudicated',
      decidedBy: asAnnotatorId('annotator-alice'),
      decidedAt: '2024-01-03T00:00:00.000Z',
      sources: [
        {
          annotator: asAnnotatorId('annotator-bob'),
          relationId: asRelationId('bob-r1'),
          from: asAnnotationId('bob-claim'),
          to: asAnnotationId('bob-actor'),
        },
      ],
    },
  };

  it('gives back a relation without provenance from a tuple of six, as records written before it hold', () => {
    const stored = storeRelation(relation);
    expect(stored).toHaveLength(6);
    const loaded = loadRelation(stored, documentId, relation.annotator);
    expect(loaded).toStrictEqual(relation);
    // A record of the previous shape, written before provenance existed, loads the same.
    const older: StoredRelation = [
      'r1' as Relation['id'],
      CLAIMANT,
      relation.from,
      relation.to,
      relation.createdAt,
      relation.updatedAt,
    ];
    expect(loadRelation(older, documentId, relation.annotator)).toStrictEqual(relation);
  });

  it('gives back a reconciled relation with its provenance, the seventh element', () => {
    const stored = storeRelation(reconciled);
    expect(stored).toHaveLength(7);
    expect(loadRelation(stored, documentId, RECONCILED_ANNOTATOR)).toStrictEqual(reconciled);
  });

  it('keeps a link a reviewer set by hand, with no sources', () => {
    const byHand: Relation = {
      ...reconciled,
      provenance: { ...reconciled.provenance!, decision: 'edited', sources: [] },
    };
    expect(loadRelation(storeRelation(byHand), documentId, RECONCILED_ANNOTATOR)).toStrictEqual(
      byHand,
    );
  });
});
