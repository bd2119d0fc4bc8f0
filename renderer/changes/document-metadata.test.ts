import { describe, expect, it } from 'vitest';
import { addDocuments } from '../db/document-store.ts';
import { DocumentSession } from '../document/document-session.ts';
import { KORYBKO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { LIBRARY_SCOPE } from './change-hub.ts';
import { editDocumentMetadata } from './document-metadata.ts';
import { changeHubOf } from './hub-of.ts';

const text = 'Aliyev and Pashinyan met in Granada on 5 October 2023.';

async function library(body = text) {
  const db = openTestDatabase();
  const id = randomDocumentId();
  await addDocuments(db, [
    { id, title: 'Granada meeting', text: body, format: 'text', sourceName: 'granada.txt' },
  ]);
  const hub = changeHubOf(db);
  const row = async () => (await db.documents.get(id))!;
  /** Undoes (or redoes) one library step and waits for it to land. */
  const step = async (action: 'undo' | 'redo') => {
    expect(hub[action](LIBRARY_SCOPE)).toBe(true);
    await hub.whenPersisted();
  };
  return { db, id, hub, row, step };
}

describe('editDocumentMetadata', () => {
  it('renames with the title trimmed, and the library’s undo gives the old title back', async () => {
    const { db, hub, row, step } = await library();
    expect(
      editDocumentMetadata(db, await row(), { title: '  Aliyev and Pashinyan, Granada  ' }),
    ).toBeNull();
    await hub.whenPersisted();
    expect((await row()).title).toBe('Aliyev and Pashinyan, Granada');
    expect(hub.history(LIBRARY_SCOPE).nextUndo).toBe('Rename document');
    await step('undo');
    expect((await row()).title).toBe('Granada meeting');
  });

  it('refuses a blank title or a day that is not in the calendar, and changes nothing', async () => {
    const { db, row } = await library();
    expect(editDocumentMetadata(db, await row(), { title: '   ' })).toBe(
      'A document needs a title.',
    );
    expect(editDocumentMetadata(db, await row(), { publishedAt: '2023-02-30' })).toMatch(
      /2023-02-30/,
    );
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

  it('sets source, authors, URL and language as written, each one undoable step, and redoes them', async () => {
    const { db, hub, row, step } = await library(KORYBKO_EXCERPT);
    expect(editDocumentMetadata(db, await row(), { source: '  Asia Times ' })).toBeNull();
    expect(
      editDocumentMetadata(db, await row(), { authors: [' Andrew Korybko', '', 'Rafi Muslumov '] }),
    ).toBeNull();
    await hub.whenPersisted();
    expect(
      editDocumentMetadata(db, await row(), { url: 'https://asiatimes.com/2020/10/talks' }),
    ).toBeNull();
    await hub.whenPersisted();
    expect(editDocumentMetadata(db, await row(), { language: 'en-gb' })).toBeNull();
    await hub.whenPersisted();
    expect(await row()).toMatchObject({
      title: 'Granada meeting',
      source: 'Asia Times',
      authors: ['Andrew Korybko', 'Rafi Muslumov'],
      url: 'https://asiatimes.com/2020/10/talks',
      language: 'en-GB',
    });
    expect(hub.history(LIBRARY_SCOPE).nextUndo).toBe('Set language');

    await step('undo');
    expect((await row()).language).toBeUndefined();
    expect(hub.history(LIBRARY_SCOPE).nextUndo).toBe('Set URL');
    await step('undo');
    expect((await row()).url).toBeUndefined();
    expect(hub.history(LIBRARY_SCOPE).nextUndo).toBe('Set authors');
    await step('redo');
    await step('redo');
    expect(await row()).toMatchObject({
      url: 'https://asiatimes.com/2020/10/talks',
      language: 'en-GB',
    });

    // An empty field clears it, and is called so.
    expect(editDocumentMetadata(db, await row(), { source: '  ' })).toBeNull();
    await hub.whenPersisted();
    expect((await row()).source).toBeUndefined();
    expect('source' in (await row())).toBe(false);
    expect(hub.history(LIBRARY_SCOPE).nextUndo).toBe('Clear source');
  });

  it('refuses a URL that is not http(s) and a malformed language, and writes nothing', async () => {
    const { db, hub, row } = await library();
    const before = hub.history(LIBRARY_SCOPE).nextUndo;
    expect(
      editDocumentMetadata(db, await row(), { url: 'javascript:alert(document.cookie)' }),
    ).toMatch(/A URL must start with http:\/\/ or https:\/\//);
    expect(editDocumentMetadata(db, await row(), { language: 'English' })).toMatch(
      /is not a language tag/,
    );
    await hub.whenPersisted();
    expect(await row()).not.toHaveProperty('url');
    expect(await row()).not.toHaveProperty('language');
    expect(hub.history(LIBRARY_SCOPE).nextUndo).toBe(before);
  });
});

describe('a document’s details in an open session and in the library', () => {
  it('shows a library edit in the open session, and a session edit in the library row', async () => {
    const { db, id, hub, row } = await library(KORYBKO_EXCERPT);
    const session = new DocumentSession(db, id, KORYBKO_EXCERPT, [], await row());
    try {
      expect(editDocumentMetadata(db, await row(), { source: 'Asia Times' })).toBeNull();
      // The session holds the document: it has the change in memory before the write lands.
      expect(session.metadata.source).toBe('Asia Times');
      await hub.whenPersisted();
      expect((await row()).source).toBe('Asia Times');

      expect(session.setMetadata({ authors: ['Andrew Korybko'], language: 'EN' })).toBeNull();
      expect(session.history.nextUndo).toBe('Edit document details');
      await hub.whenPersisted();
      expect(await row()).toMatchObject({
        source: 'Asia Times',
        authors: ['Andrew Korybko'],
        language: 'en',
      });
      expect(session.setMetadata({ url: 'file:///etc/passwd' })).toMatch(
        /A URL must start with http/,
      );
    } finally {
      session.dispose();
    }
  });

  it('undoes each scope’s edit without taking back the other’s', async () => {
    const { db, id, hub, row, step } = await library(KORYBKO_EXCERPT);
    const session = new DocumentSession(db, id, KORYBKO_EXCERPT, [], await row());
    try {
      editDocumentMetadata(db, await row(), { source: 'Asia Times' });
      await hub.whenPersisted();
      session.setMetadata({ title: 'Korybko on the US-hosted talks' });
      session.setMetadata({ language: 'en' });
      await hub.whenPersisted();

      // The library's undo takes back its source, not the title and language set since.
      await step('undo');
      expect(session.metadata).toEqual({ title: 'Korybko on the US-hosted talks', language: 'en' });
      expect(await row()).toMatchObject({
        title: 'Korybko on the US-hosted talks',
        language: 'en',
      });
      expect(await row()).not.toHaveProperty('source');

      // The document's undo takes back its language, leaving the title.
      session.undo();
      await hub.whenPersisted();
      expect(session.metadata).toEqual({ title: 'Korybko on the US-hosted talks' });
      expect(await row()).not.toHaveProperty('language');
    } finally {
      session.dispose();
    }

    // With the document closed, the library's redo writes the row as it is.
    await step('redo');
    expect(await row()).toMatchObject({
      title: 'Korybko on the US-hosted talks',
      source: 'Asia Times',
    });
  });
});
