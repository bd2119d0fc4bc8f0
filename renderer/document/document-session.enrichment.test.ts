// Relations, entity links, date values and document metadata through the one change model:
// applied in memory, undone and redone in one history, and in the database afterwards.

import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import { asEntityId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints, type CodePointRange } from '../../app/model/offsets.ts';
import { ACTOR, CLAIM, DATE } from '../../app/model/labels.ts';
import { CLAIMANT, CLAIM_DATE, TARGET, type Relation } from '../../app/model/relation.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import {
  compactDocumentLayers,
  readDocumentAnnotations,
  readDocumentLayers,
  readDocumentRelations,
} from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { ALICE, BOB, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { DocumentSession } from './document-session.ts';

// From the corpus's Granada report (003_…): a claim, its claimant, a date and a target.
const TEXT =
  'On 5 October 2023, Armenian Prime Minister Nikol Pashinyan said Azerbaijan had refused to negotiate. Ilham Aliyev did not attend.';

function rangeOf(needle: string): CodePointRange {
  const index = TEXT.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the test text`);
  const start = [...TEXT.slice(0, index)].length;
  return { start: codePoints(start), end: codePoints(start + [...needle].length) };
}

async function openSession(publishedAt?: string) {
  const db = openTestDatabase();
  const documentId = randomDocumentId();
  await addDocuments(db, [
    { id: documentId, title: 'Granada', text: TEXT, format: 'text', sourceName: 'granada.txt' },
  ]);
  if (publishedAt) await db.documents.update(documentId, { publishedAt });
  const row = (await db.documents.get(documentId))!;
  return { db, documentId, session: new DocumentSession(db, documentId, TEXT, [], row) };
}

/** What a fresh session over the database shows: the truth after a reload. */
async function reopen(db: MarginaliaDatabase, documentId: DocumentId): Promise<DocumentSession> {
  const layers = await readDocumentLayers(db, documentId);
  const row = await db.documents.get(documentId);
  const reopened = new DocumentSession(
    db,
    documentId,
    TEXT,
    layers.annotations,
    row,
    layers.relations,
  );
  // Read only: the session under test stays the one that holds the document.
  reopened.dispose();
  return reopened;
}

function tagAll(session: DocumentSession) {
  const claim = session.create(CLAIM, rangeOf('Azerbaijan had refused to negotiate'), ALICE);
  const pashinyan = session.create(ACTOR, rangeOf('Nikol Pashinyan'), ALICE);
  const azerbaijan = session.create(ACTOR, rangeOf('Azerbaijan'), ALICE);
  const date = session.create(DATE, rangeOf('5 October 2023'), ALICE);
  return { claim, pashinyan, azerbaijan, date };
}

function linked(relation: Relation | string): Relation {
  if (typeof relation === 'string') throw new Error(relation);
  return relation;
}

describe('DocumentSession relations', () => {
  it('links a claim to its claimant, date and target, and a reload finds every link', async () => {
    const { db, documentId, session } = await openSession();
    const { claim, pashinyan, azerbaijan, date } = tagAll(session);
    linked(session.link(claim.id, CLAIMANT, pashinyan.id));
    linked(session.link(claim.id, CLAIM_DATE, date.id));
    linked(session.link(claim.id, TARGET, azerbaijan.id));
    expect(
      session
        .relationsFrom(claim.id)
        .map((relation) => [relation.type, session.get(relation.to)!.quote]),
    ).toEqual(
      [
        [CLAIM_DATE, '5 October 2023'],
        [CLAIMANT, 'Nikol Pashinyan'],
        [TARGET, 'Azerbaijan'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(session.relationsTo(pashinyan.id).map((relation) => relation.from)).toEqual([claim.id]);
    await session.whenPersisted();
    const reopened = await reopen(db, documentId);
    expect(reopened.allRelations()).toEqual(session.allRelations());
    expect(reopened.allRelations()).toHaveLength(3);
    // Folded into the layer's relation record, as tuples without the layer's document and annotator.
    expect(await compactDocumentLayers(db, documentId)).toBeGreaterThan(0);
    const [layer] = await db.relationLayers.where('documentId').equals(documentId).toArray();
    expect(layer!.relations).toHaveLength(3);
    expect(layer!.relations.every((stored) => Array.isArray(stored) && stored.length === 6)).toBe(
      true,
    );
    expect((await reopen(db, documentId)).allRelations()).toEqual(session.allRelations());
  });

  it('refuses links of the wrong labels, across layers, or made twice', async () => {
    const { session } = await openSession();
    const { claim, pashinyan, date } = tagAll(session);
    const bobs = session.create(ACTOR, rangeOf('Ilham Aliyev'), BOB);
    expect(session.link(claim.id, CLAIMANT, date.id)).toMatch(
      /claimant link goes from a claim to a actor/,
    );
    expect(session.link(claim.id, CLAIMANT, bobs.id)).toMatch(/same annotator/);
    linked(session.link(claim.id, CLAIMANT, pashinyan.id));
    expect(session.link(claim.id, CLAIMANT, pashinyan.id)).toMatch(/Already linked/);
    expect(session.allRelations()).toHaveLength(1);
  });

  it('gives a claim one date: a second date link replaces the first, and one undo brings it back', async () => {
    const { session } = await openSession();
    const { claim, date } = tagAll(session);
    const other = session.create(DATE, rangeOf('October 2023'), ALICE);
    const first = linked(session.link(claim.id, CLAIM_DATE, date.id));
    linked(session.link(claim.id, CLAIM_DATE, other.id));
    expect(session.relationsFrom(claim.id).map((relation) => relation.to)).toEqual([other.id]);
    session.undo();
    expect(session.relationsFrom(claim.id)).toEqual([first]);
  });

  it('deletes the relations touching a deleted annotation, and one undo restores both', async () => {
    const { db, documentId, session } = await openSession();
    const { claim, pashinyan, date } = tagAll(session);
    linked(session.link(claim.id, CLAIMANT, pashinyan.id));
    linked(session.link(claim.id, CLAIM_DATE, date.id));
    const before = session.allRelations();
    session.remove(claim.id);
    expect(session.get(claim.id)).toBeUndefined();
    expect(session.allRelations()).toEqual([]);
    await session.whenPersisted();
    expect((await readDocumentLayers(db, documentId)).relations).toEqual([]);
    expect(session.undo()).toBe(true);
    expect(session.get(claim.id)).toEqual(claim);
    expect(session.allRelations()).toEqual(before);
    await session.whenPersisted();
    expect((await reopen(db, documentId)).allRelations()).toEqual(before);
    session.redo();
    expect(session.allRelations()).toEqual([]);
  });

  it('drops a relation whose endpoint is relabelled out of its type, in the same step', async () => {
    const { session } = await openSession();
    const { claim, pashinyan } = tagAll(session);
    linked(session.link(claim.id, CLAIMANT, pashinyan.id));
    session.update(pashinyan.id, { label: DATE });
    expect(session.allRelations()).toEqual([]);
    session.undo();
    expect(session.get(pashinyan.id)!.label).toBe(ACTOR);
    expect(session.allRelations()).toHaveLength(1);
  });

  it('tags fresh text and links it in one undoable step', async () => {
    const { session } = await openSession();
    const claim = session.create(CLAIM, rangeOf('Azerbaijan had refused to negotiate'), ALICE);
    const actor = session.createLinked(
      ACTOR,
      rangeOf('Nikol Pashinyan'),
      ALICE,
      claim.id,
      CLAIMANT,
    ) as Annotation;
    expect(session.relationsTo(actor.id)).toHaveLength(1);
    expect(session.history.nextUndo).toBe('Tag and link “Nikol Pashinyan”');
    session.undo();
    expect(session.get(actor.id)).toBeUndefined();
    expect(session.allRelations()).toEqual([]);
    expect(session.get(claim.id)).toBeDefined();
  });
});

describe('DocumentSession relations read after the first paint', () => {
  it('refuses a link and holds a deletion until the relations are in, then cascades it', async () => {
    const { db, documentId, session } = await openSession();
    const { claim, pashinyan, azerbaijan } = tagAll(session);
    const claimant = linked(session.link(claim.id, CLAIMANT, pashinyan.id));
    await session.whenPersisted();
    session.dispose();

    // As the document screen opens it: annotations first, relations once painted.
    const row = await db.documents.get(documentId);
    const opened = new DocumentSession(
      db,
      documentId,
      TEXT,
      await readDocumentAnnotations(db, documentId),
      row,
      null,
    );
    expect(opened.relationsReady).toBe(false);
    expect(opened.link(claim.id, TARGET, azerbaijan.id)).toMatch(/still loading/);
    opened.remove(claim.id);
    expect(opened.get(claim.id)).toBeDefined();

    opened.installRelations(await readDocumentRelations(db, documentId));
    expect(opened.get(claim.id)).toBeUndefined();
    expect(opened.allRelations()).toEqual([]);
    opened.undo();
    expect(opened.get(claim.id)).toEqual(claim);
    expect(opened.allRelations()).toEqual([claimant]);
    await opened.whenPersisted();
    expect((await reopen(db, documentId)).allRelations()).toEqual([claimant]);
  });
});

describe('DocumentSession entity links, date values and metadata', () => {
  it('proposes a date value from the publication date, marked suggested, and confirms it', async () => {
    const { db, documentId, session } = await openSession('2023-10-06');
    const date = session.create(DATE, rangeOf('5 October 2023'), ALICE);
    expect(date).toMatchObject({ value: '2023-10-05', valueStatus: 'suggested' });
    session.setValue(date.id, '2023-10-05' as DateValue, 'confirmed');
    expect(session.get(date.id)).toMatchObject({ value: '2023-10-05', valueStatus: 'confirmed' });
    expect(session.history.nextUndo).toBe('Confirm date value');
    session.undo();
    expect(session.get(date.id)!.valueStatus).toBe('suggested');
    session.redo();
    await session.whenPersisted();
    expect((await reopen(db, documentId)).get(date.id)).toMatchObject({
      value: '2023-10-05',
      valueStatus: 'confirmed',
    });
  });

  it('links an actor to an entity and unlinks it, undoably', async () => {
    const { db, documentId, session } = await openSession();
    const actor = session.create(ACTOR, rangeOf('Nikol Pashinyan'), ALICE);
    const entity = asEntityId('entity-pashinyan');
    session.setEntity(actor.id, entity);
    expect(session.get(actor.id)!.entity).toBe(entity);
    session.setEntity(actor.id, null);
    expect(session.get(actor.id)!.entity).toBeUndefined();
    session.undo();
    expect(session.get(actor.id)!.entity).toBe(entity);
    await session.whenPersisted();
    expect((await reopen(db, documentId)).get(actor.id)!.entity).toBe(entity);
  });

  it('sets the publication date on the library row, and undo takes it away', async () => {
    const { db, documentId, session } = await openSession();
    session.setMetadata({ publishedAt: '2023-10-06' });
    expect(session.metadata.publishedAt).toBe('2023-10-06');
    await session.whenPersisted();
    expect((await db.documents.get(documentId))!.publishedAt).toBe('2023-10-06');
    session.undo();
    await session.whenPersisted();
    expect((await db.documents.get(documentId))!.publishedAt).toBeUndefined();
    expect(session.metadata.publishedAt).toBeUndefined();
  });
});
