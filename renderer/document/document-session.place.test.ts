import { describe, expect, it } from 'vitest';
import { asAnnotationId, asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints, type CodePointRange } from '../../app/model/offsets.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { layerKeyOf, type OrphanRow } from '../db/rows.ts';
import { ALICE, BOB, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { DocumentSession } from './document-session.ts';

// An emoji and a CJK extension B ideograph before the place, so UTF-16 indices run ahead of
// code-point offsets there.
const TEXT = 'Ilham Aliyev 😀 met 𠀀 Pashinyan on 5 October 2023 in Granada, the statement said.';
const PLACED_AT = new Date('2024-03-02T14:30:00.000Z');

/** The code-point range of the first occurrence of `needle`. */
function rangeOf(needle: string): CodePointRange {
  const start = [...TEXT.slice(0, TEXT.indexOf(needle))].length;
  return { start: codePoints(start), end: codePoints(start + [...needle].length) };
}

/** The text between two code-point offsets, computed without the code under test. */
function textAt(start: number, end: number): string {
  return [...TEXT].slice(Math.max(0, start), end).join('');
}

function bobsOrphan(documentId: DocumentId): OrphanRow {
  return {
    source: 'line 4',
    id: asAnnotationId(crypto.randomUUID()),
    documentRef: 'report-7',
    documentId,
    label: asLabelId('actor'),
    annotator: BOB.id,
    quote: 'N. Pashinyan',
    prefix: '',
    suffix: '',
    note: 'initial in the wire copy',
    createdAt: '2024-02-20T10:00:00.000Z',
    updatedAt: '2024-02-20T10:00:00.000Z',
    reason: 'quote not found in the text',
    fileName: 'bob.jsonl',
    importedAt: '2024-03-01T09:00:00.000Z',
  };
}

/** An open document, as the app opens it (with its library row), holding one of Bob's orphans. */
async function openWithOrphan(db: MarginaliaDatabase = openTestDatabase()) {
  const documentId = randomDocumentId();
  await addDocuments(
    db,
    [{ id: documentId, title: 'Granada', text: TEXT, format: 'text', sourceName: 'granada.txt' }],
    new Date('2024-03-01T09:00:00.000Z'),
  );
  const orphan = bobsOrphan(documentId);
  await db.orphans.add(orphan);
  const row = (await db.documents.get(documentId))!;
  return { db, documentId, orphan, session: new DocumentSession(db, documentId, TEXT, [], row) };
}

describe('DocumentSession.place', () => {
  it('makes the orphan an annotation of its annotator, quoting the text at the code points', async () => {
    const { db, documentId, orphan, session } = await openWithOrphan();
    const range = rangeOf('Pashinyan');
    const annotation = session.place(orphan, range, PLACED_AT)!;

    expect(annotation).toMatchObject({
      id: orphan.id,
      documentId,
      label: orphan.label,
      annotator: BOB.id,
      note: 'initial in the wire copy',
      createdAt: orphan.createdAt,
      updatedAt: PLACED_AT.toISOString(),
      start: range.start,
      end: range.end,
      quote: 'Pashinyan',
      prefix: textAt(range.start - 32, range.start),
      suffix: textAt(range.end, range.end + 32),
    });
    expect(session.sorted()).toEqual([annotation]);

    await session.whenPersisted();
    expect(session.writeError).toBeNull();
    expect(await readDocumentAnnotations(db, documentId)).toEqual([annotation]);
    expect((await db.edits.toArray()).map((edit) => edit.layerKey)).toEqual([
      layerKeyOf(documentId, BOB.id),
    ]);
    expect(await db.orphans.count()).toBe(0);
    expect((await db.documents.get(documentId))!.counts).toEqual({ actor: 1 });
  });

  it('is undone as one step that puts the orphan back, and redone', async () => {
    const { db, documentId, orphan, session } = await openWithOrphan();
    session.create(asLabelId('date'), rangeOf('5 October 2023'), ALICE, PLACED_AT);
    const annotation = session.place(orphan, rangeOf('Pashinyan'), PLACED_AT)!;
    expect(session.history.nextUndo).toBe('Place “Pashinyan”');

    expect(session.undo()).toBe(true);
    expect(session.get(annotation.id)).toBeUndefined();
    await session.whenPersisted();
    expect(await db.orphans.toArray()).toEqual([orphan]);
    expect((await readDocumentAnnotations(db, documentId)).map((a) => a.quote)).toEqual([
      '5 October 2023',
    ]);
    expect((await db.documents.get(documentId))!.counts).toEqual({ actor: 0, date: 1 });

    expect(session.redo()).toBe(true);
    expect(session.get(annotation.id)).toEqual(annotation);
    await session.whenPersisted();
    expect(await db.orphans.count()).toBe(0);
    expect((await readDocumentAnnotations(db, documentId)).map((a) => a.quote).sort()).toEqual([
      '5 October 2023',
      'Pashinyan',
    ]);
    expect((await db.documents.get(documentId))!.counts).toEqual({ actor: 1, date: 1 });
  });

  it('deleting a placed annotation later does not bring the orphan back', async () => {
    const { db, orphan, session } = await openWithOrphan();
    const annotation = session.place(orphan, rangeOf('Pashinyan'), PLACED_AT)!;
    session.remove(annotation.id);
    await session.whenPersisted();
    expect(await db.orphans.count()).toBe(0);
    // Undoing the deletion restores the annotation, still without its orphan.
    session.undo();
    await session.whenPersisted();
    expect(await db.orphans.count()).toBe(0);
    expect(session.get(annotation.id)).toEqual(annotation);
  });

  it('refuses to place an orphan a second time, which would duplicate it', async () => {
    const { db, documentId, orphan, session } = await openWithOrphan();
    const first = session.place(orphan, rangeOf('Pashinyan'), PLACED_AT);
    expect(session.place(orphan, rangeOf('Granada'), PLACED_AT)).toBeNull();
    expect(session.sorted()).toEqual([first]);
    expect(session.history.nextUndo).toBe('Place “Pashinyan”');
    await session.whenPersisted();
    expect(await readDocumentAnnotations(db, documentId)).toEqual([first]);
  });

  it('keeps the orphan in the database when the write fails, and says so', async () => {
    const { db, documentId, orphan, session } = await openWithOrphan();
    db.close();
    session.place(orphan, rangeOf('Pashinyan'), PLACED_AT);
    await session.whenPersisted();
    expect(session.writeError).toMatch(/^Could not save a change: /);

    await db.open();
    expect(await db.orphans.toArray()).toEqual([orphan]);
    expect(await readDocumentAnnotations(db, documentId)).toEqual([]);
  });
});
