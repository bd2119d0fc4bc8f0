import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import { asAnnotatorId, asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { addDocuments } from '../db/document-store.ts';
import {
  ALICE,
  BOB,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import { DocumentSession } from './document-session.ts';

// What enables Review on the document screen: the annotators who have annotations here.

const TEXT = 'Ilham Aliyev met Nikol Pashinyan in Granada on 5 October 2023.';
const ACTOR = asLabelId('actor');
const TEAM_ALICE = asAnnotatorId('team|alice');

async function openSession(annotations: (documentId: DocumentId) => Annotation[]) {
  const db = openTestDatabase();
  const documentId = randomDocumentId();
  await addDocuments(
    db,
    [{ id: documentId, title: 'Granada', text: TEXT, format: 'text', sourceName: 'granada.txt' }],
    new Date('2024-03-01T09:00:00.000Z'),
  );
  return new DocumentSession(db, documentId, TEXT, annotations(documentId));
}

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('DocumentSession.annotators', () => {
  it('names each annotator of the loaded layers once, the reconciled layer included', async () => {
    const session = await openSession((documentId) => [
      makeAnnotation({ documentId, annotator: ALICE.id }),
      makeAnnotation({ documentId, annotator: ALICE.id }),
      makeAnnotation({ documentId, annotator: TEAM_ALICE }),
      makeAnnotation({ documentId, annotator: RECONCILED_ANNOTATOR }),
    ]);
    expect(sorted(session.annotators())).toEqual(
      sorted([ALICE.id, TEAM_ALICE, RECONCILED_ANNOTATOR]),
    );
  });

  it('follows creations, deletions, undo and redo', async () => {
    const session = await openSession((documentId) => [
      makeAnnotation({ documentId, annotator: ALICE.id }),
    ]);
    expect(session.annotators()).toEqual([ALICE.id]);

    const bobs = session.create(ACTOR, { start: codePoints(17), end: codePoints(32) }, BOB);
    expect(sorted(session.annotators())).toEqual(sorted([ALICE.id, BOB.id]));
    // Relabelling is not a new annotation: Bob still counts once.
    session.update(bobs.id, { label: asLabelId('claim') });
    session.remove(bobs.id);
    expect(session.annotators()).toEqual([ALICE.id]);

    session.undo();
    expect(sorted(session.annotators())).toEqual(sorted([ALICE.id, BOB.id]));
    session.redo();
    expect(session.annotators()).toEqual([ALICE.id]);
    await session.whenPersisted();
  });
});
