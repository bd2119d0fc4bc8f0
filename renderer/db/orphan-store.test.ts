import { describe, expect, it } from 'vitest';
import { annotationFromOrphan } from '../../app/import/annotation-from-orphan.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import { type DocumentId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { ALICE, BOB, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { readDocumentAnnotations } from './annotation-store.ts';
import { writeChanges } from './write-changes.ts';
import type { MarginaliaDatabase } from './database.ts';
import { addDocuments } from './document-store.ts';
import { bobsOrphanRow } from '../test-support/test-orphans.ts';
import { discardOrphan, readDocumentOrphans } from './orphan-store.ts';
import { layerKeyOf, type DocumentRow, type OrphanRow } from './rows.ts';

const TEXT = 'Ilham Aliyev met Nikol Pashinyan in Granada on 5 October 2023.';
const IMPORTED_AT = new Date('2024-03-01T09:00:00.000Z');
const PLACED_AT = new Date('2024-03-02T14:30:00.000Z');
const UNDONE_AT = new Date('2024-03-02T14:31:00.000Z');

async function addDocument(db: MarginaliaDatabase): Promise<DocumentId> {
  const id = randomDocumentId();
  await addDocuments(
    db,
    [{ id, title: 'Granada', text: TEXT, format: 'text', sourceName: 'granada.txt' }],
    IMPORTED_AT,
  );
  return id;
}

/** Bob's actor, imported from his file, whose quote was nowhere in the text. */
function bobsOrphan(documentId: DocumentId, fields: Partial<OrphanRow> = {}): OrphanRow {
  return bobsOrphanRow(documentId, {
    source: '/documents/0/annotations/3',
    quote: 'Nikol Paschinjan',
    note: 'spelt the German way',
    importedAt: IMPORTED_AT.toISOString(),
    ...fields,
  });
}

/** The annotation placing `orphan` at the first occurrence of `needle` makes. */
function placed(orphan: OrphanRow, needle: string): Annotation {
  const start = codePoints(TEXT.indexOf(needle));
  const end = codePoints(start + needle.length);
  return annotationFromOrphan(
    orphan,
    orphan.documentId!,
    { start, end, ...quoteSelectorAt(TEXT, start, end) },
    PLACED_AT,
  );
}

async function libraryWithOrphan(db: MarginaliaDatabase) {
  const documentId = await addDocument(db);
  const orphan = bobsOrphan(documentId);
  await db.orphans.add(orphan);
  return { documentId, orphan, annotation: placed(orphan, 'Nikol Pashinyan') };
}

describe('placing an orphan (writeChanges with placedOrphan)', () => {
  it('writes the annotation into its annotator’s layer, counts it and deletes the orphan', async () => {
    const db = openTestDatabase();
    const { documentId, orphan, annotation } = await libraryWithOrphan(db);
    await writeChanges(db, [{ before: null, after: annotation, placedOrphan: orphan }], {
      now: PLACED_AT,
    });

    expect(await readDocumentAnnotations(db, documentId)).toEqual([annotation]);
    expect((await db.edits.toArray()).map((edit) => edit.layerKey)).toEqual([
      layerKeyOf(documentId, BOB.id),
    ]);
    expect(await db.orphans.count()).toBe(0);
    expect(await db.documents.get(documentId)).toMatchObject({
      counts: { actor: 1 },
      updatedAt: PLACED_AT.toISOString(),
    });
  });

  it('puts the orphan back, as it was, when the placement is undone', async () => {
    const db = openTestDatabase();
    const { documentId, orphan, annotation } = await libraryWithOrphan(db);
    await writeChanges(db, [{ before: null, after: annotation, placedOrphan: orphan }], {
      now: PLACED_AT,
    });
    await writeChanges(db, [{ before: annotation, after: null, placedOrphan: orphan }], {
      now: UNDONE_AT,
    });

    expect(await readDocumentAnnotations(db, documentId)).toEqual([]);
    expect(await db.orphans.toArray()).toEqual([orphan]);
    expect((await db.documents.get(documentId))!.counts).toEqual({ actor: 0 });
  });

  it('writes the library row it is given, as the open document’s session does', async () => {
    const db = openTestDatabase();
    const { documentId, orphan, annotation } = await libraryWithOrphan(db);
    const row: DocumentRow = {
      ...(await db.documents.get(documentId))!,
      counts: { actor: 1 },
      updatedAt: PLACED_AT.toISOString(),
    };
    await writeChanges(db, [{ before: null, after: annotation, placedOrphan: orphan }], {
      now: PLACED_AT,
      rows: [row],
    });
    expect(await db.documents.get(documentId)).toEqual(row);
    expect(await db.orphans.count()).toBe(0);
    expect(await readDocumentAnnotations(db, documentId)).toEqual([annotation]);
  });

  it('leaves the orphan, the layers and the counts as they were when the write fails', async () => {
    const db = openTestDatabase();
    const { documentId, orphan, annotation } = await libraryWithOrphan(db);
    // The journal write fails (as a full disk would make it) after the orphan's deletion was
    // requested in the same transaction.
    const failJournal = () => {
      throw new Error('QuotaExceededError: the disk is full');
    };
    db.edits.hook('creating', failJournal);
    const row = (await db.documents.get(documentId))!;
    await expect(
      writeChanges(db, [{ before: null, after: annotation, placedOrphan: orphan }], {
        now: PLACED_AT,
        rows: [
          {
            ...row,
            counts: { actor: 1 },
          },
        ],
      }),
    ).rejects.toThrow(/disk is full/);
    await expect(
      writeChanges(db, [{ before: null, after: annotation, placedOrphan: orphan }], {
        now: PLACED_AT,
      }),
    ).rejects.toThrow(/disk is full/);
    db.edits.hook('creating').unsubscribe(failJournal);

    expect(await db.orphans.toArray()).toEqual([orphan]);
    expect(await readDocumentAnnotations(db, documentId)).toEqual([]);
    expect(await db.documents.get(documentId)).toEqual(row);
  });
});

describe('readDocumentOrphans', () => {
  it('lists one document’s orphans in import order, then in file order', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const elsewhere = await addDocument(db);
    const later = bobsOrphan(documentId, { importedAt: PLACED_AT.toISOString(), source: 'line 1' });
    const tenth = bobsOrphan(documentId, { source: '/documents/0/annotations/10' });
    const second = bobsOrphan(documentId, { source: '/documents/0/annotations/2' });
    await db.orphans.bulkAdd([later, tenth, bobsOrphan(elsewhere), second]);
    expect(await readDocumentOrphans(db, documentId)).toEqual([second, tenth, later]);
  });
});

describe('discardOrphan', () => {
  it('deletes that orphan and nothing else', async () => {
    const db = openTestDatabase();
    const documentId = await addDocument(db);
    const kept = bobsOrphan(documentId, { annotator: ALICE.id });
    const discarded = bobsOrphan(documentId);
    await db.orphans.bulkAdd([kept, discarded]);
    await discardOrphan(db, discarded.id);
    expect(await db.orphans.toArray()).toEqual([kept]);
  });
});
