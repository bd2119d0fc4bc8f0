import { describe, expect, it } from 'vitest';
import { compileQuery, DEFAULT_SEARCH_OPTIONS } from '../../app/search/search-query.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { normaliseText } from '../../app/text/normalise.ts';
import { addDocuments, deleteDocument } from '../db/document-store.ts';
import { KORYBKO_EXCERPT, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { openTestDatabase } from '../test-support/test-database.ts';
import { LibraryTexts } from './library-texts.ts';

function documentOf(raw: string, title: string) {
  const text = normaliseText(raw);
  return {
    id: documentIdOf(text),
    title,
    text,
    format: 'text' as const,
    sourceName: `${title}.txt`,
  };
}

function titlesFound(texts: LibraryTexts, query: string): string[] {
  const compiled = compileQuery(query, DEFAULT_SEARCH_OPTIONS);
  if (compiled.ok !== true) throw new Error('refused');
  return texts.index
    .search(compiled.query, texts.order)
    .finish()
    .map((result) => result.title);
}

describe('LibraryTexts', () => {
  it('follows the documents table: added, renamed and deleted documents, in title order', async () => {
    const db = openTestDatabase();
    const texts = new LibraryTexts(db);
    const pompeo = documentOf(POMPEO_EXCERPT, 'Pompeo meets the ministers');
    await addDocuments(db, [pompeo]);
    await texts.sync(await db.documents.toArray());
    expect(titlesFound(texts, 'Azerbaijan')).toEqual(['Pompeo meets the ministers']);

    const korybko = documentOf(KORYBKO_EXCERPT, 'Korybko on the talks');
    await addDocuments(db, [korybko]);
    await texts.sync(await db.documents.toArray());
    expect(titlesFound(texts, 'Azerbaijan')).toEqual([
      'Korybko on the talks',
      'Pompeo meets the ministers',
    ]);
    // Accents ignored: the Azerbaijani title of the Korybko piece is found without them.
    expect(titlesFound(texts, 'Ermanistani')).toEqual(['Korybko on the talks']);

    await db.documents.update(pompeo.id, { title: 'A renamed report' });
    await texts.sync(await db.documents.toArray());
    expect(titlesFound(texts, 'Azerbaijan')).toEqual(['A renamed report', 'Korybko on the talks']);

    await deleteDocument(db, korybko.id);
    await texts.sync(await db.documents.toArray());
    expect(titlesFound(texts, 'Azerbaijan')).toEqual(['A renamed report']);
    expect(texts.index.has(korybko.id)).toBe(false);
  });
});
