import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import { asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { readReview } from '../db/review-store.ts';
import { readLibraryModel } from '../shell/export-dataset.ts';
import {
  ALICE,
  BOB,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import { ReviewSession } from './review-session.ts';

const CLAIM = asLabelId('claim');
const ACTOR = asLabelId('actor');
const DATE = asLabelId('date');
const TEXT = 'Ilham Aliyev met Nikol Pashinyan in Granada on 5 October 2023.';
const NOW = new Date('2024-05-09T14:00:00.000Z');

function span(
  documentId: DocumentId,
  annotator: Annotation['annotator'],
  quote: string,
  label = ACTOR,
  from = quote,
): Annotation {
  const start = TEXT.indexOf(from) + from.indexOf(quote);
  const end = start + quote.length;
  return makeAnnotation({
    documentId,
    annotator,
    label,
    start: codePoints(start),
    end: codePoints(end),
    ...quoteSelectorAt(TEXT, codePoints(start), codePoints(end)),
  });
}

/** Alice and Bob: two agreed spans, a label conflict, a boundary conflict and one of Bob's alone. */
async function reviewedDocument(db: MarginaliaDatabase) {
  const id = randomDocumentId();
  await addDocuments(
    db,
    [{ id, title: 'Granada', text: TEXT, format: 'text', sourceName: 'granada.txt' }],
    NOW,
  );
  const annotations = [
    span(id, ALICE.id, 'Ilham Aliyev'),
    span(id, BOB.id, 'Ilham Aliyev'),
    span(id, ALICE.id, '5 October 2023', DATE),
    span(id, BOB.id, '5 October 2023', DATE),
    span(id, ALICE.id, 'Granada', ACTOR),
    span(id, BOB.id, 'Granada', CLAIM),
    span(id, ALICE.id, 'Pashinyan'),
    span(id, BOB.id, 'Nikol Pashinyan'),
    span(id, BOB.id, 'met', CLAIM),
  ];
  await db.layers.bulkAdd(
    [ALICE.id, BOB.id].map((annotator) => ({
      key: `${id}|${annotator}`,
      documentId: id,
      annotatorId: annotator,
      annotations: annotations.filter((annotation) => annotation.annotator === annotator),
    })),
  );
  return id;
}

async function openReview(db: MarginaliaDatabase, id: DocumentId): Promise<ReviewSession> {
  return new ReviewSession(
    db,
    id,
    TEXT,
    await readDocumentAnnotations(db, id),
    await readReview(db, id),
  );
}

describe('ReviewSession', () => {
  it('groups the chosen layers and counts what is open', async () => {
    const db = openTestDatabase();
    const session = await openReview(db, await reviewedDocument(db));
    expect(session.annotators).toEqual([ALICE.id, BOB.id].sort());
    expect(session.groups.map((group) => group.kind)).toEqual([
      'agreed',
      'single',
      'boundary',
      'label',
      'agreed',
    ]);
    expect(session.counts()).toEqual({
      open: 5,
      resolved: 0,
      openByKind: { agreed: 2, single: 1, boundary: 1, label: 1 },
    });
  });

  it('steps through open groups in reading order, both ways, wrapping around', async () => {
    const db = openTestDatabase();
    const session = await openReview(db, await reviewedDocument(db));
    session.acceptAllAgreed(ALICE.id, NOW);
    const first = session.nextOpen(null, 1)!;
    expect(first.group.kind).toBe('single');
    expect(session.nextOpen(first, 1)!.group.kind).toBe('boundary');
    expect(session.nextOpen(first, -1)!.group.kind).toBe('label');
    expect(session.nextOpen(null, -1)!.group.kind).toBe('label');
  });

  it('accepts, rejects, undoes and redoes, and keeps every decision in the database', async () => {
    const db = openTestDatabase();
    const id = await reviewedDocument(db);
    const session = await openReview(db, id);
    expect(session.acceptAllAgreed(ALICE.id, NOW)).toBe(2);
    const label = session.groups.find((group) => group.kind === 'label')!;
    session.accept(
      label,
      [label.members.find((member) => member.label === ACTOR)!.id],
      ALICE.id,
      NOW,
    );
    const single = session.groups.find((group) => group.kind === 'single')!;
    session.reject(single);
    expect(session.counts()).toMatchObject({ open: 1, resolved: 4 });

    expect(session.undo()).toBe(true);
    expect(session.counts()).toMatchObject({ open: 2, resolved: 3 });
    expect(session.redo()).toBe(true);
    // Undoing "accept all agreed" takes back both agreed groups in one step.
    session.undo();
    session.undo();
    session.undo();
    expect(session.counts()).toMatchObject({ open: 5, resolved: 0 });
    session.redo();
    session.redo();
    session.redo();
    await session.whenPersisted();

    const reloaded = await openReview(db, id);
    expect(reloaded.counts()).toMatchObject({ open: 1, resolved: 4 });
    expect(
      reloaded.reconciled.map((annotation) => [
        annotation.quote,
        annotation.label,
        annotation.provenance!.decision,
      ]),
    ).toEqual([
      ['Ilham Aliyev', ACTOR, 'unanimous'],
      ['Granada', ACTOR, 'adjudicated'],
      ['5 October 2023', DATE, 'unanimous'],
    ]);
    const review = (await readReview(db, id))!;
    expect(review.conflicts.map(({ kind, status }) => [kind, status])).toEqual([
      ['single', 'resolved'],
      ['boundary', 'open'],
      ['label', 'resolved'],
    ]);
    expect((await db.documents.get(id))!.counts).toMatchObject({ actor: 2, date: 1 });
  });

  it('records an edit with the span and label set by hand, citing every member', async () => {
    const db = openTestDatabase();
    const session = await openReview(db, await reviewedDocument(db));
    const boundary = session.groups.find((group) => group.kind === 'boundary')!;
    const start = TEXT.indexOf('Nikol');
    session.edit(
      boundary,
      { start: codePoints(start), end: codePoints(start + 5), label: ACTOR },
      ALICE.id,
      NOW,
    );
    const [edited] = session.decisionOf(boundary);
    expect(edited).toMatchObject({
      quote: 'Nikol',
      annotator: RECONCILED_ANNOTATOR,
      provenance: { decision: 'edited', decidedBy: ALICE.id },
    });
    expect(edited!.provenance!.sources).toHaveLength(2);
  });

  it('compares only the annotators chosen; fewer than two leaves nothing to review', async () => {
    const db = openTestDatabase();
    const session = await openReview(db, await reviewedDocument(db));
    session.chooseAnnotators([ALICE.id]);
    expect(session.groups).toEqual([]);
    session.chooseAnnotators([ALICE.id, BOB.id]);
    expect(session.groups).toHaveLength(5);
  });

  it('gives the library model the review, for exports and backups', async () => {
    const db = openTestDatabase();
    const id = await reviewedDocument(db);
    const session = await openReview(db, id);
    session.reject(session.groups.find((group) => group.kind === 'single')!);
    await session.whenPersisted();
    const model = await readLibraryModel(db, [id]);
    expect(model.reviews).toHaveLength(1);
    expect(model.reviews![0]!.conflicts).toHaveLength(3);
  });
});
