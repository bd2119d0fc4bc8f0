import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../app/text/document-id.ts';
import { ALICE, BOB, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';
import { bobsOrphanRow } from '../test-support/test-orphans.ts';
import { readDocumentAnnotations } from './annotation-store.ts';
import { writeChanges } from './write-changes.ts';
import {
  addDocuments,
  deleteDocument,
  readDocumentText,
  type NewDocument,
} from './document-store.ts';
import { layerKeyOf } from './rows.ts';

const IMPORTED_AT = new Date('2024-03-01T09:00:00.000Z');
const LATER = new Date('2024-03-02T14:30:00.000Z');

function newDocument(text: string, title: string, sourceName = `${title}.txt`): NewDocument {
  return { id: documentIdOf(text), title, text, format: 'text', sourceName };
}

// Seven code points, nine UTF-16 units: the row's length is in code points.
const GRANADA = newDocument(
  'Ilham Aliyev 😀 met 𠀀 Pashinyan on 5 October 2023.',
  'Granada meeting',
  'granada.txt',
);
const BRUSSELS = newDocument(
  'Talks in Brussels “ended without agreement”.',
  'Brussels talks',
  'brussels.md',
);

describe('addDocuments', () => {
  it('adds each document row and its text', async () => {
    const db = openTestDatabase();
    const result = await addDocuments(db, [GRANADA, BRUSSELS], IMPORTED_AT);

    const granadaRow = {
      id: GRANADA.id,
      title: 'Granada meeting',
      sourceName: 'granada.txt',
      format: 'text',
      length: 49,
      counts: {},
      createdAt: IMPORTED_AT.toISOString(),
      updatedAt: IMPORTED_AT.toISOString(),
    };
    expect(GRANADA.text.length).toBe(51);
    expect(result.added).toEqual([
      granadaRow,
      expect.objectContaining({ id: BRUSSELS.id, title: 'Brussels talks' }),
    ]);
    expect(result.alreadyPresent).toEqual([]);
    expect(await db.documents.get(GRANADA.id)).toEqual(granadaRow);
    expect(await readDocumentText(db, GRANADA.id)).toBe(GRANADA.text);
    expect(await readDocumentText(db, BRUSSELS.id)).toBe(BRUSSELS.text);
  });

  it('reports a document already in the library and leaves it as it was', async () => {
    const db = openTestDatabase();
    const [original] = (await addDocuments(db, [GRANADA], IMPORTED_AT)).added;
    const again = await addDocuments(
      db,
      [{ ...GRANADA, title: 'A new title', sourceName: 'copy of granada.txt' }, BRUSSELS],
      LATER,
    );

    expect(again.added.map((row) => row.id)).toEqual([BRUSSELS.id]);
    expect(again.alreadyPresent).toEqual([
      { sourceName: 'copy of granada.txt', existing: original },
    ]);
    expect(await db.documents.count()).toBe(2);
    expect(await db.documents.get(GRANADA.id)).toEqual(original);
    expect(original!.title).toBe('Granada meeting');
  });

  it('adds a document that appears twice in one batch once, and reports the second', async () => {
    const db = openTestDatabase();
    const result = await addDocuments(
      db,
      [GRANADA, { ...GRANADA, title: 'Duplicate', sourceName: 'granada (1).txt' }],
      IMPORTED_AT,
    );

    expect(result.added).toHaveLength(1);
    expect(result.added[0]!.title).toBe('Granada meeting');
    expect(result.alreadyPresent).toEqual([
      { sourceName: 'granada (1).txt', existing: result.added[0] },
    ]);
    expect(await db.documents.count()).toBe(1);
    expect(await db.texts.count()).toBe(1);
  });

  it('adds nothing at all when one document of the batch cannot be written', async () => {
    const db = openTestDatabase();
    // A text row without its document (which no code path makes) makes the texts insert fail.
    await db.texts.add({ id: BRUSSELS.id, text: BRUSSELS.text });
    await expect(addDocuments(db, [GRANADA, BRUSSELS], IMPORTED_AT)).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await readDocumentText(db, GRANADA.id)).toBeUndefined();
  });

  it('adds nothing for an empty batch', async () => {
    const db = openTestDatabase();
    expect(await addDocuments(db, [], IMPORTED_AT)).toEqual({ added: [], alreadyPresent: [] });
    expect(await db.documents.count()).toBe(0);
  });
});

describe('deleteDocument', () => {
  it("removes the document with its text, layers, journal and orphans, and nothing of other documents'", async () => {
    const db = openTestDatabase();
    await addDocuments(db, [GRANADA, BRUSSELS], IMPORTED_AT);
    for (const documentId of [GRANADA.id, BRUSSELS.id]) {
      const compacted = makeAnnotation({ documentId, annotator: ALICE.id });
      await db.layers.put({
        key: layerKeyOf(documentId, ALICE.id),
        documentId,
        annotatorId: ALICE.id,
        annotations: [compacted],
      });
      await writeChanges(
        db,
        [{ before: null, after: makeAnnotation({ documentId, annotator: BOB.id }) }],
        { now: LATER },
      );
      await db.orphans.add(bobsOrphanRow(documentId));
    }
    const brusselsAnnotations = await readDocumentAnnotations(db, BRUSSELS.id);
    expect(brusselsAnnotations).toHaveLength(2);

    await deleteDocument(db, GRANADA.id);

    expect(await db.documents.get(GRANADA.id)).toBeUndefined();
    expect(await readDocumentText(db, GRANADA.id)).toBeUndefined();
    expect(await db.layers.where('documentId').equals(GRANADA.id).count()).toBe(0);
    expect(await db.edits.where('documentId').equals(GRANADA.id).count()).toBe(0);
    expect(await readDocumentAnnotations(db, GRANADA.id)).toEqual([]);
    expect(await db.orphans.where('documentId').equals(GRANADA.id).count()).toBe(0);

    expect(await db.documents.get(BRUSSELS.id)).toBeDefined();
    expect(await db.orphans.where('documentId').equals(BRUSSELS.id).count()).toBe(1);
    expect(await readDocumentText(db, BRUSSELS.id)).toBe(BRUSSELS.text);
    expect(await db.layers.count()).toBe(1);
    expect(await db.edits.count()).toBe(1);
    expect(await readDocumentAnnotations(db, BRUSSELS.id)).toEqual(brusselsAnnotations);
  });

  it('lets the same text be imported again afterwards, without its old annotations', async () => {
    const db = openTestDatabase();
    await addDocuments(db, [GRANADA], IMPORTED_AT);
    await writeChanges(db, [{ before: null, after: makeAnnotation({ documentId: GRANADA.id }) }], {
      now: LATER,
    });
    await deleteDocument(db, GRANADA.id);

    const again = await addDocuments(db, [GRANADA], LATER);
    expect(again.added).toHaveLength(1);
    expect(again.added[0]!.counts).toEqual({});
    expect(await readDocumentAnnotations(db, GRANADA.id)).toEqual([]);
  });
});
