import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import type { Entity } from '../../app/model/entity.ts';
import { asEntityId, asRelationId, type DocumentId } from '../../app/model/ids.ts';
import { ACTOR, CLAIM } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { CLAIMANT, type Relation } from '../../app/model/relation.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { writeChanges } from '../db/write-changes.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { ALICE, BOB, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';
import { scoreLibraryAgreement } from './agreement-input.ts';
import { readAgreementLibrary } from './read-agreement-library.ts';

const TEXTS = {
  shared: 'Both of them read this report.',
  alone: 'Only Alice read this statement.',
  unread: 'Nobody has tagged this briefing.',
};

async function libraryOfThree(db: MarginaliaDatabase) {
  const ids = {
    shared: documentIdOf(TEXTS.shared),
    alone: documentIdOf(TEXTS.alone),
    unread: documentIdOf(TEXTS.unread),
  };
  await addDocuments(
    db,
    Object.entries(TEXTS).map(([key, text]) => ({
      id: ids[key as keyof typeof TEXTS],
      title: key,
      text,
      format: 'text' as const,
      sourceName: `${key}.txt`,
    })),
  );
  return ids;
}

async function tag(db: MarginaliaDatabase, documentId: DocumentId, annotator = ALICE) {
  await writeChanges(db, [
    {
      before: null,
      after: makeAnnotation({ documentId, annotator: annotator.id }),
    },
  ]);
}

/** A claim ("Both of them") linked to its claimant ("read") on `documentId`, by `annotator`. */
function claimWithClaimant(documentId: DocumentId, annotator: typeof ALICE, entity: Entity) {
  const claim = makeAnnotation({
    documentId,
    annotator: annotator.id,
    label: CLAIM,
    start: codePoints(0),
    end: codePoints(12),
  });
  const actor: Annotation = {
    ...makeAnnotation({
      documentId,
      annotator: annotator.id,
      label: ACTOR,
      start: codePoints(18),
      end: codePoints(22),
    }),
    entity: entity.id,
  };
  const relation: Relation = {
    id: asRelationId(crypto.randomUUID()),
    documentId,
    type: CLAIMANT,
    from: claim.id,
    to: actor.id,
    annotator: annotator.id,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
  return { claim, actor, relation };
}

/** Records which documents' texts were read. */
function watchTextReads(db: MarginaliaDatabase): DocumentId[][] {
  const reads: DocumentId[][] = [];
  const bulkGet = db.texts.bulkGet.bind(db.texts);
  db.texts.bulkGet = ((keys: DocumentId[]) => {
    reads.push([...keys]);
    return bulkGet(keys);
  }) as typeof db.texts.bulkGet;
  return reads;
}

describe('readAgreementLibrary', () => {
  it('reads the texts and spans of the documents two annotators tagged, and no other', async () => {
    const db = openTestDatabase();
    const ids = await libraryOfThree(db);
    await tag(db, ids.shared, ALICE);
    await tag(db, ids.shared, BOB);
    await tag(db, ids.alone, ALICE);
    const reads = watchTextReads(db);

    const library = await readAgreementLibrary(db);

    expect(reads).toEqual([[ids.shared]]);
    expect(library.model.documents.map((document) => document.id)).toEqual([ids.shared]);
    expect(new Set(library.model.annotations.map((annotation) => annotation.documentId))).toEqual(
      new Set([ids.shared]),
    );
    expect(library.layers.get(ids.alone)).toEqual([ALICE.id]);
    expect(library.documentCount).toBe(3);
  });

  it('reads no text at all when no document has two annotators', async () => {
    const db = openTestDatabase();
    const ids = await libraryOfThree(db);
    await tag(db, ids.alone, ALICE);
    const reads = watchTextReads(db);

    const library = await readAgreementLibrary(db);

    expect(reads).toEqual([]);
    expect(library.model.documents).toEqual([]);
    expect([...library.layers.keys()]).toEqual([ids.alone]);
    expect(library.documentCount).toBe(3);
  });

  it('reads the relations and entities of the compared documents, and the screen scores them', async () => {
    const db = openTestDatabase();
    const ids = await libraryOfThree(db);
    // Two entities that are one actor by name, as two analysts' lists might hold it.
    const entities: Entity[] = [
      { id: asEntityId('alice-list'), name: 'Report Author', kind: 'person', aliases: [] },
      { id: asEntityId('bob-list'), name: 'report  author', kind: 'person', aliases: [] },
    ];
    const alice = claimWithClaimant(ids.shared, ALICE, entities[0]!);
    const bob = claimWithClaimant(ids.shared, BOB, entities[1]!);
    const lone = claimWithClaimant(ids.alone, ALICE, entities[0]!);
    await writeChanges(db, [
      ...entities.map((entity) => ({ kind: 'entity' as const, before: null, after: entity })),
      ...[alice, bob, lone].flatMap(({ claim, actor, relation }) => [
        { before: null, after: claim },
        { before: null, after: actor },
        { kind: 'relation' as const, before: null, after: relation },
      ]),
    ]);

    const library = await readAgreementLibrary(db);

    // The relations of the document two annotators tagged, and no other.
    expect(new Set(library.model.relations)).toEqual(new Set([alice.relation, bob.relation]));
    expect(library.model.entities?.map((entity) => entity.id).sort()).toEqual([
      'alice-list',
      'bob-list',
    ]);
    const { scored } = scoreLibraryAgreement(library, new Set([ALICE.id, BOB.id]));
    expect(scored.overall.relationF1Exact.mean.value).toBe(1);
    expect(scored.overall.entityAgreement.mean.value).toBe(1);
    expect(scored.relationTypes.get(CLAIMANT)?.relationF1Overlap.mean.value).toBe(1);
  });
});
