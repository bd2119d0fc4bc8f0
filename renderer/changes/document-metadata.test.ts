import { describe, expect, it } from 'vitest';
import { addDocuments } from '../db/document-store.ts';
import { openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { editDocumentMetadata } from './document-metadata.ts';
import { changeHubOf } from './hub-of.ts';

const text = 'Aliyev and Pashinyan met in Granada on 5 October 2023.';

async function library() {
  const db = openTestDatabase();
  const id = randomDocumentId();
  await addDocuments(db, [{ id, title: 'Granada meeting', text, format: 'text', sourceName: 'granada.txt' }]);
  return { db, id, row: async () => (await db.documents.get(id))! };
}

describe('editDocumentMetadata', () => {
  it('renames with the title trimmed, and undo gives the old title back', async () => {
    const { db, id, row } = await library();
    expect(editDocumentMetadata(db, await row(), { title: '  Aliyev and Pashinyan, Granada  ' })).toBeNull();
    await changeHubOf(db).whenPersisted();
    expect((await row()).title).toBe('Aliyev and Pashinyan, Granada');
    changeHubOf(db).undo(id);
    await changeHubOf(db).whenPersisted();
    expect((await row()).title).toBe('Granada meeting');
  });

  it('refuses a blank title or a day that is not in the calendar, and changes nothing', async () => {
    const { db, row } = await library();
    expect(editDocumentMetadata(db, await row(), { title: '   ' })).toBe('A document needs a title.');
    expect(editDocumentMetadata(db, await row(), { publishedAt: '2023-02-30' })).toMatch(/2023-02-30/);
    await changeHubOf(db).whenPersisted();
    expect(await row()).toMatchObject({ title: 'Granada meeting' });
    expect((await row()).publishedAt).toBeUndefined();
  });

  it('sets and clears the publication date', async () => {
    const { db, row } = await library();
    editDocumentMetadata(db, await row(), { publishedAt: '2023-10-06' });
    await changeHubOf(db).whenPersisted();
    expect((await row()).publishedAt).toBe('2023-10-06');
    editDocumentMetadata(db, await row(), { publishedAt: undefined });
    await changeHubOf(db).whenPersisted();
    expect((await row()).publishedAt).toBeUndefined();
  });
});
