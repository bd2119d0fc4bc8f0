import { describe, expect, it } from 'vitest';
import { ACTOR } from '../../app/model/labels.ts';
import { compileQuery, DEFAULT_SEARCH_OPTIONS } from '../../app/search/search-query.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { normaliseText } from '../../app/text/normalise.ts';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import { addDocuments } from '../db/document-store.ts';
import { newEntityFromText } from '../entities/entity-store.ts';
import { KORYBKO_EXCERPT, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { ALICE, BOB, openTestDatabase } from '../test-support/test-database.ts';
import { HitAnnotations } from './hit-annotations.ts';
import { LibraryTexts } from './library-texts.ts';
import { tagHits } from './tag-hits.ts';

async function libraryWithCorpus() {
  const db = openTestDatabase();
  const documents = [POMPEO_EXCERPT, KORYBKO_EXCERPT].map((raw, i) => {
    const text = normaliseText(raw);
    return {
      id: documentIdOf(text),
      title: `Report ${i + 1}`,
      text,
      format: 'text' as const,
      sourceName: `${i}.txt`,
    };
  });
  await addDocuments(db, documents);
  const texts = new LibraryTexts(db);
  await texts.sync(await db.documents.toArray());
  const annotations = new HitAnnotations(db);
  changeHubOf(db).subscribe((changes) => annotations.apply(changes));
  return { db, texts, annotations, pompeoDocument: documents[0]! };
}

function hitsOf(texts: LibraryTexts, query: string) {
  const compiled = compileQuery(query, DEFAULT_SEARCH_OPTIONS);
  if (compiled.ok !== true) throw new Error('refused');
  return texts.index
    .search(compiled.query, texts.order)
    .finish()
    .flatMap((result) => result.hits);
}

describe('tagHits', () => {
  it('tags every hit in one undoable step with the entity it creates, and one undo removes them all', async () => {
    const { db, texts, annotations, pompeoDocument } = await libraryWithCorpus();
    const hits = hitsOf(texts, 'pompeo');
    expect(hits).toHaveLength(2);
    const entity = newEntityFromText('Mike Pompeo', 'person');
    const outcome = await tagHits(db, texts, annotations, hits, ACTOR, ALICE, {
      entity,
      changes: [{ kind: 'entity', before: null, after: entity }],
    });
    expect(outcome).toMatchObject({ added: 2, skipped: 0, documents: 1 });
    const hub = changeHubOf(db);
    await hub.whenPersisted();

    const stored = await readDocumentAnnotations(db, pompeoDocument.id);
    expect(
      stored.map((annotation) => [
        annotation.quote,
        annotation.label,
        annotation.entity,
        annotation.annotator,
      ]),
    ).toEqual([
      ['Pompeo', ACTOR, entity.id, ALICE.id],
      ['Pompeo', ACTOR, entity.id, ALICE.id],
    ]);
    expect(stored[0]!.prefix.endsWith('Secretary of State Mike ')).toBe(true);
    expect(await db.entities.get(entity.id)).toMatchObject({ name: 'Mike Pompeo' });
    expect((await db.documents.get(pompeoDocument.id))!.counts).toEqual({ actor: 2 });
    // The chips' cache saw the change as it happened.
    expect(annotations.spansOf(pompeoDocument.id)).toHaveLength(2);

    expect(hub.undo(LIBRARY_SCOPE)).toBe(true);
    await hub.whenPersisted();
    expect(await readDocumentAnnotations(db, pompeoDocument.id)).toEqual([]);
    expect(await db.entities.get(entity.id)).toBeUndefined();
    expect((await db.documents.get(pompeoDocument.id))!.counts).toEqual({ actor: 0 });
    expect(annotations.spansOf(pompeoDocument.id)).toEqual([]);
  });

  it('skips the exact spans the analyst already tagged with the label, not a colleague’s', async () => {
    const { db, texts, annotations, pompeoDocument } = await libraryWithCorpus();
    const hits = hitsOf(texts, 'pompeo');
    await tagHits(db, texts, annotations, hits.slice(0, 1), ACTOR, ALICE, null);
    await tagHits(db, texts, annotations, hits.slice(1), ACTOR, BOB, null);
    const again = await tagHits(db, texts, annotations, hits, ACTOR, ALICE, null);
    expect(again).toMatchObject({ added: 1, skipped: 1 });
    await changeHubOf(db).whenPersisted();
    const stored = await readDocumentAnnotations(db, pompeoDocument.id);
    expect(stored.filter((annotation) => annotation.annotator === ALICE.id)).toHaveLength(2);
    expect(stored.filter((annotation) => annotation.annotator === BOB.id)).toHaveLength(1);
  });

  it('reads what is tagged from the database for documents it has not listed yet', async () => {
    const { db, texts, pompeoDocument } = await libraryWithCorpus();
    const hits = hitsOf(texts, 'pompeo');
    await tagHits(db, texts, new HitAnnotations(db), hits, ACTOR, ALICE, null);
    await changeHubOf(db).whenPersisted();
    // A fresh cache, as after a reload: nothing is held, so it reads the layers before skipping.
    const fresh = new HitAnnotations(db);
    expect(await tagHits(db, texts, fresh, hits, ACTOR, ALICE, null)).toMatchObject({
      added: 0,
      skipped: 2,
    });
    expect(fresh.overlapping(pompeoDocument.id, hits[0]!.start, hits[0]!.end)).toHaveLength(1);
  });
});
