import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../app/model/ids.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { writeChanges } from '../db/write-changes.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { ALICE, BOB, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';
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
});
