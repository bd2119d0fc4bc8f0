// The change hub keeps open screens true to the database: an import into an open document shows
// at once and its counts survive the next edit, and the document and review screens of one
// document share one undo history.

import { describe, expect, it } from 'vitest';
import { BUILT_IN_LABELS, ACTOR, CLAIM } from '../../app/model/labels.ts';
import { codePoints, type CodePointRange } from '../../app/model/offsets.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { encodeDataset, serialiseDataset } from '../../app/formats/dataset/index.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import { addDocuments } from '../db/document-store.ts';
import { DocumentSession } from '../document/document-session.ts';
import { planImportFile } from '../import/plan-import-file.ts';
import { importIntoLibrary } from '../import/import-into-library.ts';
import { ReviewSession } from '../review/review-session.ts';
import { ALICE, BOB, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';

// A sentence of the corpus's Washington report (000_…), made unique per test so that each test
// has a document of its own (the id is the text's hash, and undo histories are per document).
function uniqueText(): string {
  return `Secretary of State Mike Pompeo met the foreign ministers of Armenia and Azerbaijan in Washington on Friday. (${crypto.randomUUID()})`;
}

function rangeIn(text: string, needle: string): CodePointRange {
  const start = [...text.slice(0, text.indexOf(needle))].length;
  return { start: codePoints(start), end: codePoints(start + [...needle].length) };
}

/** A colleague's dataset with one actor annotation on the document, as bytes to import. */
function colleagueFile(text: string) {
  const documentId = documentIdOf(text);
  const range = rangeIn(text, 'Mike Pompeo');
  const annotation = makeAnnotation({
    documentId,
    label: ACTOR,
    ...range,
    quote: 'Mike Pompeo',
    annotator: BOB.id,
  });
  const dataset = encodeDataset({
    documents: [{ id: documentId, title: 'Washington', text }],
    annotations: [annotation],
    annotators: [BOB],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-03-01T09:00:00.000Z'),
    generatorVersion: 'test',
  });
  return {
    annotation,
    file: { name: 'bob.json', bytes: new TextEncoder().encode(serialiseDataset(dataset)) },
  };
}

describe('ChangeHub', () => {
  it('shows an import into an open document at once, and the next edit keeps the import’s counts', async () => {
    const db = openTestDatabase();
    const text = uniqueText();
    const documentId = documentIdOf(text);
    await addDocuments(db, [
      { id: documentId, title: 'Washington', text, format: 'text', sourceName: 'washington.txt' },
    ]);
    const session = new DocumentSession(
      db,
      documentId,
      text,
      [],
      (await db.documents.get(documentId))!,
    );
    session.create(CLAIM, rangeIn(text, 'met the foreign ministers'), ALICE);
    await session.whenPersisted();

    const { annotation, file } = colleagueFile(text);
    const planned = await planImportFile(db, file, ALICE);
    if (!planned.ok) throw new Error(JSON.stringify(planned.error));
    await importIntoLibrary(db, planned.value, { fileName: file.name, importedAt: new Date() });

    // The open screen shows Bob's annotation without being reopened…
    expect(session.get(annotation.id)).toMatchObject({ quote: 'Mike Pompeo', annotator: BOB.id });
    expect(session.annotators().sort()).toEqual([ALICE.id, BOB.id].sort());
    // …and its next edit writes counts that include it (a stale session overwrote them).
    session.create(ACTOR, rangeIn(text, 'Washington'), ALICE);
    await session.whenPersisted();
    expect((await db.documents.get(documentId))!.counts).toEqual({ claim: 1, actor: 2 });
    expect(await readDocumentAnnotations(db, documentId)).toHaveLength(3);
  });

  it('shares one undo history between a document’s screen and its review', async () => {
    const db = openTestDatabase();
    const text = uniqueText();
    const documentId = documentIdOf(text);
    await addDocuments(db, [
      { id: documentId, title: 'Washington', text, format: 'text', sourceName: 'washington.txt' },
    ]);
    const document = new DocumentSession(
      db,
      documentId,
      text,
      [],
      (await db.documents.get(documentId))!,
    );
    const range = rangeIn(text, 'Mike Pompeo');
    document.create(ACTOR, range, ALICE);
    document.create(ACTOR, range, BOB);
    await document.whenPersisted();
    document.dispose();

    const review = new ReviewSession(
      db,
      documentId,
      text,
      await readDocumentAnnotations(db, documentId),
      undefined,
    );
    expect(review.acceptAllAgreed(ALICE.id)).toBe(1);
    await review.whenPersisted();
    review.dispose();

    // Back on the document screen, the last step is the review's decision, and undo takes it back.
    const reopened = new DocumentSession(
      db,
      documentId,
      text,
      await readDocumentAnnotations(db, documentId),
      (await db.documents.get(documentId))!,
    );
    expect(reopened.history.nextUndo).toBe('Accept all agreed');
    expect(reopened.sorted()).toHaveLength(3);
    reopened.undo();
    expect(reopened.sorted()).toHaveLength(2);
    await reopened.whenPersisted();
    expect(await db.reviews.get(documentId)).toBeUndefined();
    expect(await readDocumentAnnotations(db, documentId)).toHaveLength(2);
    expect(reopened.history.nextUndo).toBe('Tag “Mike Pompeo”');
  });
});
