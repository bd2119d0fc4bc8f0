import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asLabelId,
  asRelationId,
  type DocumentId,
} from '../../app/model/ids.ts';
import { CLAIMANT, type Relation } from '../../app/model/relation.ts';
import { codePoints } from '../../app/model/offsets.ts';
import {
  ALICE,
  BOB,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import {
  compactDocumentLayers,
  foldEdits,
  foldLayers,
  foldRelationLayers,
  readDocumentAnnotations,
} from './annotation-store.ts';
import { countByLabel, writeChanges } from './write-changes.ts';
import type { MarginaliaDatabase } from './database.ts';
import { addDocuments } from './document-store.ts';
import {
  layerKeyOf,
  storeRelation,
  type EditRow,
  type LayerRow,
  type RelationLayerRow,
} from './rows.ts';

const CLAIM = asLabelId('claim');
const ACTOR = asLabelId('actor');
const DATE = asLabelId('date');

const IMPORTED_AT = new Date('2024-03-01T09:00:00.000Z');
const LATER = new Date('2024-03-02T14:30:00.000Z');
const LATER_STILL = new Date('2024-03-03T08:15:00.000Z');

async function addDocument(db: MarginaliaDatabase): Promise<DocumentId> {
  const id = randomDocumentId();
  const text = 'Ilham Aliyev met Nikol Pashinyan in Granada on 5 October 2023.';
  await addDocuments(
    db,
    [{ id, title: 'Granada', text, format: 'text', sourceName: 'granada.txt' }],
    IMPORTED_AT,
  );
  return id;
}

const byId = (a: Annotation, b: Annotation) => a.id.localeCompare(b.id);

function put(annotation: Annotation): EditRow {
  return {
    layerKey: layerKeyOf(annotation.documentId, annotation.annotator),
    documentId: annotation.documentId,
    op: 'put',
    annotation,
  };
}

function remove(annotation: Annotation): EditRow {
  return {
    layerKey: layerKeyOf(annotation.documentId, annotation.annotator),
    documentId: annotation.documentId,
    op: 'delete',
    annotationId: annotation.id,
  };
}

describe('foldEdits', () => {
  const documentId = randomDocumentId();
  const a = makeAnnotation({ id: asAnnotationId('a'), documentId });
  const b = makeAnnotation({ id: asAnnotationId('b'), documentId });
  const c = makeAnnotation({ id: asAnnotationId('c'), documentId });

  it('returns a copy of the snapshot when there are no edits', () => {
    const snapshot = [a, b];
    const folded = foldEdits(snapshot, []);
    expect(folded).toEqual([a, b]);
    expect(folded).not.toBe(snapshot);
  });

  it('applies puts and deletes in journal order', () => {
    const relabelled = { ...a, label: ACTOR };
    expect(foldEdits([a, b], [put(c), remove(b), put(relabelled)])).toEqual([relabelled, c]);
    // Deleted and then written again (an undone deletion): present.
    expect(foldEdits([a], [remove(a), put(a)])).toEqual([a]);
    // Written and then deleted (an undone creation): absent.
    expect(foldEdits([a], [put(b), remove(b)])).toEqual([a]);
  });

  it('ignores the deletion of an annotation that is not there', () => {
    expect(foldEdits([a], [remove(b)])).toEqual([a]);
  });
});

describe('foldLayers', () => {
  const documentId = randomDocumentId();
  const alice1 = makeAnnotation({ documentId, annotator: ALICE.id });
  const alice2 = makeAnnotation({ documentId, annotator: ALICE.id });
  const bob1 = makeAnnotation({ documentId, annotator: BOB.id });
  const aliceLayer: LayerRow = {
    key: layerKeyOf(documentId, ALICE.id),
    documentId,
    annotatorId: ALICE.id,
    annotations: [alice1, alice2],
  };

  it('applies to each layer only its own edits', () => {
    const bobLayer: LayerRow = {
      key: layerKeyOf(documentId, BOB.id),
      documentId,
      annotatorId: BOB.id,
      annotations: [bob1],
    };
    expect(foldLayers([aliceLayer, bobLayer], [remove(alice1)])).toEqual([
      { ...aliceLayer, annotations: [alice2], relations: [] },
      { ...bobLayer, relations: [] },
    ]);
  });

  it('makes a layer for an annotator who so far has only edits', () => {
    const folded = foldLayers([aliceLayer], [put(bob1)]);
    expect(folded).toEqual([
      { ...aliceLayer, relations: [] },
      {
        key: layerKeyOf(documentId, BOB.id),
        documentId,
        annotatorId: BOB.id,
        annotations: [bob1],
        relations: [],
      },
    ]);
  });

  it('names an edits-only layer’s annotator in full when the id holds a "|"', () => {
    const teamAlice = asAnnotatorId('team|alice');
    const annotation = makeAnnotation({ documentId, annotator: teamAlice });
    expect(foldLayers([], [put(annotation)])).toEqual([
      {
        key: layerKeyOf(documentId, teamAlice),
        documentId,
        annotatorId: teamAlice,
        annotations: [annotation],
        relations: [],
      },
    ]);
  });

  it('does not modify the layers it is given', () => {
    const before = structuredClone(aliceLayer);
    foldLayers([aliceLayer], [remove(alice1), put(bob1)]);
    expect(aliceLayer).toEqual(before);
  });
});

describe('countByLabel', () => {
  it('counts annotations per label', () => {
    const documentId = randomDocumentId();
    const annotations = [CLAIM, ACTOR, CLAIM, DATE, CLAIM].map((label) =>
      makeAnnotation({ documentId, label }),
    );
    expect(countByLabel(annotations)).toEqual({ claim: 3, actor: 1, date: 1 });
    expect(countByLabel([])).toEqual({});
  });
});

describe('writeChanges', () => {
  it('journals a creation, counts it and touches the document', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const created = makeAnnotation({
      documentId,
      label: ACTOR,
      start: codePoints(0),
      end: codePoints(12),
      quote: 'Ilham Aliyev',
    });
    await writeChanges(db, [{ before: null, after: created }], { now: LATER });

    expect(await readDocumentAnnotations(db, documentId)).toEqual([created]);
    expect(await db.edits.toArray()).toEqual([{ seq: expect.any(Number), ...put(created) }]);
    expect(await db.documents.get(documentId)).toMatchObject({
      counts: { actor: 1 },
      updatedAt: LATER.toISOString(),
      createdAt: IMPORTED_AT.toISOString(),
    });
  });

  it('journals an update; a relabel moves one count from the old label to the new', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const created = makeAnnotation({ documentId, label: CLAIM });
    const other = makeAnnotation({ documentId, label: CLAIM });
    await writeChanges(db, [{ before: null, after: created }], { now: LATER });
    await writeChanges(db, [{ before: null, after: other }], { now: LATER });
    expect((await db.documents.get(documentId))!.counts).toEqual({ claim: 2 });

    const relabelled = { ...created, label: ACTOR, updatedAt: LATER_STILL.toISOString() };
    await writeChanges(db, [{ before: created, after: relabelled }], { now: LATER_STILL });
    expect((await readDocumentAnnotations(db, documentId)).sort(byId)).toEqual(
      [relabelled, other].sort(byId),
    );
    expect(await db.documents.get(documentId)).toMatchObject({
      counts: { claim: 1, actor: 1 },
      updatedAt: LATER_STILL.toISOString(),
    });
  });

  it('leaves the counts alone when an update keeps the label', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const created = makeAnnotation({ documentId, label: DATE });
    await writeChanges(db, [{ before: null, after: created }], { now: LATER });
    await writeChanges(
      db,
      [{ before: created, after: { ...created, note: 'the Granada summit' } }],
      { now: LATER_STILL },
    );
    expect((await db.documents.get(documentId))!.counts).toEqual({ date: 1 });
    expect((await readDocumentAnnotations(db, documentId))[0]!.note).toBe('the Granada summit');
  });

  it('journals a deletion and counts it down', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const created = makeAnnotation({ documentId, label: CLAIM });
    await writeChanges(db, [{ before: null, after: created }], { now: LATER });
    await writeChanges(db, [{ before: created, after: null }], { now: LATER_STILL });

    expect(await readDocumentAnnotations(db, documentId)).toEqual([]);
    expect((await db.edits.orderBy('seq').toArray()).map((edit) => edit.op)).toEqual([
      'put',
      'delete',
    ]);
    expect(await db.documents.get(documentId)).toMatchObject({
      counts: { claim: 0 },
      updatedAt: LATER_STILL.toISOString(),
    });
  });

  it('never counts below zero', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const stray = makeAnnotation({ documentId, label: CLAIM });
    await writeChanges(db, [{ before: stray, after: null }], { now: LATER });
    expect((await db.documents.get(documentId))!.counts).toEqual({ claim: 0 });
  });

  it('writes nothing for a change with neither side', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    await writeChanges(db, [{ before: null, after: null }], { now: LATER });
    expect(await db.edits.count()).toBe(0);
    expect((await db.documents.get(documentId))!.updatedAt).toBe(IMPORTED_AT.toISOString());
  });
});

describe('readDocumentAnnotations', () => {
  /**
   * Alice has a compacted layer of two annotations, then deletes one and relabels the other;
   * Bob's first annotation exists only in the journal; another document has edits of its own.
   */
  async function libraryWithSnapshotAndJournal(db: MarginaliaDatabase) {
    const documentId = await addDocument(db);
    const elsewhere = await addDocument(db);
    const aliyev = makeAnnotation({
      documentId,
      annotator: ALICE.id,
      label: ACTOR,
      start: codePoints(0),
      end: codePoints(12),
      quote: 'Ilham Aliyev',
    });
    const granada = makeAnnotation({
      documentId,
      annotator: ALICE.id,
      label: CLAIM,
      start: codePoints(36),
      end: codePoints(43),
      quote: 'Granada',
    });
    await db.layers.put({
      key: layerKeyOf(documentId, ALICE.id),
      documentId,
      annotatorId: ALICE.id,
      annotations: [aliyev, granada],
    });
    await db.documents.update(documentId, { counts: { actor: 1, claim: 1 } });

    const granadaDated = { ...granada, label: DATE };
    const pashinyan = makeAnnotation({
      documentId,
      annotator: BOB.id,
      label: ACTOR,
      start: codePoints(17),
      end: codePoints(32),
      quote: 'Nikol Pashinyan',
    });
    const foreign = makeAnnotation({ documentId: elsewhere, annotator: BOB.id });
    await writeChanges(db, [{ before: aliyev, after: null }], { now: LATER });
    await writeChanges(db, [{ before: granada, after: granadaDated }], { now: LATER });
    await writeChanges(db, [{ before: null, after: pashinyan }], { now: LATER });
    await writeChanges(db, [{ before: null, after: foreign }], { now: LATER });
    return { documentId, elsewhere, expected: [granadaDated, pashinyan], foreign };
  }

  it('folds the journal into the snapshot, including a layer that exists only as edits', async () => {
    const db = openTestDatabase();
    const { documentId, expected } = await libraryWithSnapshotAndJournal(db);
    expect((await readDocumentAnnotations(db, documentId)).sort(byId)).toEqual(
      [...expected].sort(byId),
    );
    expect((await db.documents.get(documentId))!.counts).toEqual({ actor: 1, claim: 0, date: 1 });
  });

  it('reads only the asked-for document', async () => {
    const db = openTestDatabase();
    const { elsewhere, foreign } = await libraryWithSnapshotAndJournal(db);
    expect(await readDocumentAnnotations(db, elsewhere)).toEqual([foreign]);
    expect(await readDocumentAnnotations(db, randomDocumentId())).toEqual([]);
  });

  it('reads the same annotations after compaction, which leaves no edits for the document', async () => {
    const db = openTestDatabase();
    const { documentId, elsewhere, expected } = await libraryWithSnapshotAndJournal(db);
    expect(await compactDocumentLayers(db, documentId)).toBe(3);

    expect(await db.edits.where('documentId').equals(documentId).count()).toBe(0);
    expect(await db.edits.where('documentId').equals(elsewhere).count()).toBe(1);
    const layers = await db.layers.where('documentId').equals(documentId).toArray();
    expect(
      layers
        .map((layer) => [
          layer.annotatorId,
          layer.annotations.map((annotation) => annotation.quote),
        ])
        .sort(),
    ).toEqual([
      [ALICE.id, ['Granada']],
      [BOB.id, ['Nikol Pashinyan']],
    ]);
    expect((await readDocumentAnnotations(db, documentId)).sort(byId)).toEqual(
      [...expected].sort(byId),
    );
  });

  it('keeps folding new edits after a compaction; compacting nothing is a no-op', async () => {
    const db = openTestDatabase();
    const { documentId, expected } = await libraryWithSnapshotAndJournal(db);
    await compactDocumentLayers(db, documentId);
    expect(await compactDocumentLayers(db, documentId)).toBe(0);

    const [granadaDated, pashinyan] = expected;
    await writeChanges(db, [{ before: pashinyan!, after: null }], { now: LATER_STILL });
    expect(await readDocumentAnnotations(db, documentId)).toEqual([granadaDated]);
    expect(await compactDocumentLayers(db, documentId)).toBe(1);
    expect(await readDocumentAnnotations(db, documentId)).toEqual([granadaDated]);
    expect(await db.edits.where('documentId').equals(documentId).count()).toBe(0);
  });
});

describe('foldRelationLayers', () => {
  it('reads relation records as tuples in their layer, with the journal’s relation edits on top', () => {
    const documentId = randomDocumentId();
    const key = layerKeyOf(documentId, ALICE.id);
    const relation = (id: string, to: string): Relation => ({
      id: asRelationId(id),
      documentId,
      type: CLAIMANT,
      from: asAnnotationId('claim'),
      to: asAnnotationId(to),
      annotator: ALICE.id,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    const kept = relation('r1', 'pashinyan');
    const dropped = relation('r2', 'aliyev');
    const added = relation('r3', 'mirzoyan');
    const stored: RelationLayerRow = {
      key,
      documentId,
      annotatorId: ALICE.id,
      relations: [storeRelation(kept), storeRelation(dropped)],
    };
    const edits: EditRow[] = [
      { layerKey: key, documentId, op: 'delete-relation', relationId: dropped.id },
      { layerKey: key, documentId, op: 'put-relation', relation: added },
    ];
    expect(foldRelationLayers([stored], edits)).toEqual([{ key, relations: [kept, added] }]);
  });
});
