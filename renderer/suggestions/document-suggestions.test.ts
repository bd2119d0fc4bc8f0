import { describe, expect, it, onTestFinished } from 'vitest';
import type { Entity } from '../../app/model/entity.ts';
import { asEntityId } from '../../app/model/ids.ts';
import { ACTOR, DATE } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { TaggedTextIndex } from '../../app/suggestions/index.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import { readDismissedKeys } from '../db/dismissal-store.ts';
import { addDocuments } from '../db/document-store.ts';
import { DocumentSession } from '../document/document-session.ts';
import { codePointRangeOf, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { ALICE, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { DocumentSuggestions } from './document-suggestions.ts';

const POMPEO: Entity = {
  id: asEntityId('pompeo'),
  name: 'Mike Pompeo',
  kind: 'person',
  aliases: [],
};

/** A library holding the Pompeo excerpt, open in a session, its suggestions found. */
async function openWithSuggestions(tagged = new TaggedTextIndex()) {
  const db = openTestDatabase();
  const documentId = randomDocumentId();
  await addDocuments(db, [
    {
      id: documentId,
      title: 'Pompeo',
      text: POMPEO_EXCERPT,
      format: 'text',
      sourceName: 'pompeo.txt',
    },
  ]);
  const session = new DocumentSession(db, documentId, POMPEO_EXCERPT, []);
  const suggestions = new DocumentSuggestions(db, session, ALICE.id);
  suggestions.setDismissed(await readDismissedKeys(db, 'suggestion', ALICE.id, documentId));
  suggestions.setContext({ publishedAt: '2020-10-03', entities: [POMPEO], tagged });
  onTestFinished(async () => {
    suggestions.dispose();
    session.dispose();
    await session.whenPersisted();
  });
  await expect.poll(() => suggestions.complete).toBe(true);
  return { db, documentId, session, suggestions };
}

const quotes = (suggestions: DocumentSuggestions, source?: string) =>
  suggestions
    .visible()
    .filter((suggestion) => source === undefined || suggestion.source === source)
    .map((suggestion) => suggestion.quote);

describe('DocumentSuggestions', () => {
  it('finds the three kinds in a corpus excerpt, idle, in reading order', async () => {
    const tagged = new TaggedTextIndex([{ label: ACTOR, quote: 'Nagorno-Karabakh' }]);
    const { suggestions } = await openWithSuggestions(tagged);
    expect(quotes(suggestions, 'entity')).toEqual(['Mike Pompeo', 'Mike Pompeo']);
    expect(quotes(suggestions, 'date')).toContain('this Friday');
    expect(quotes(suggestions, 'tagged')).toEqual(['Nagorno-Karabakh']);
    const starts = suggestions.visible().map((suggestion) => suggestion.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('accepts a mention as an actor linked to its entity, hides it, and undo brings it back', async () => {
    const { db, documentId, session, suggestions } = await openWithSuggestions();
    const mention = suggestions.visible().find((suggestion) => suggestion.source === 'entity')!;
    suggestions.accept(mention);
    expect(session.sorted()).toMatchObject([
      {
        label: ACTOR,
        quote: 'Mike Pompeo',
        entity: 'pompeo',
        start: mention.start,
        annotator: ALICE.id,
      },
    ]);
    expect(quotes(suggestions, 'entity')).toEqual(['Mike Pompeo']);
    await session.whenPersisted();
    expect(await readDocumentAnnotations(db, documentId)).toHaveLength(1);
    session.undo();
    expect(session.size).toBe(0);
    expect(quotes(suggestions, 'entity')).toEqual(['Mike Pompeo', 'Mike Pompeo']);
  });

  it('accepts a date with its value marked suggested', async () => {
    const { session, suggestions } = await openWithSuggestions();
    const date = suggestions.visible().find((suggestion) => suggestion.quote === 'this Friday')!;
    expect(date.value).toMatch(/^2020-10-\d\d$/);
    suggestions.accept(date);
    expect(session.sorted()).toMatchObject([
      { label: DATE, quote: 'this Friday', value: date.value, valueStatus: 'suggested' },
    ]);
  });

  it('remembers a rejection in the database, for this document, and undo forgets it', async () => {
    const { db, documentId, session, suggestions } = await openWithSuggestions();
    const date = suggestions.visible().find((suggestion) => suggestion.quote === 'this Friday')!;
    suggestions.reject(date);
    expect(quotes(suggestions)).not.toContain('this Friday');
    expect(session.size).toBe(0);
    await session.whenPersisted();
    expect(await readDismissedKeys(db, 'suggestion', ALICE.id, documentId)).toEqual(
      new Set([date.key]),
    );

    // What opening the document again finds: still rejected.
    const reopened = new DocumentSuggestions(db, session, ALICE.id);
    reopened.setDismissed(await readDismissedKeys(db, 'suggestion', ALICE.id, documentId));
    reopened.setContext({ publishedAt: '2020-10-03', entities: [POMPEO] });
    onTestFinished(() => reopened.dispose());
    await expect.poll(() => reopened.complete).toBe(true);
    expect(quotes(reopened)).not.toContain('this Friday');
    expect(quotes(reopened, 'entity')).toHaveLength(2);

    session.undo();
    expect(quotes(suggestions)).toContain('this Friday');
    await session.whenPersisted();
    expect(await readDismissedKeys(db, 'suggestion', ALICE.id, documentId)).toEqual(new Set());
  });

  it('accepts all of one kind in one undoable step, and walks the rest with the current one marked', async () => {
    const { session, suggestions } = await openWithSuggestions();
    expect(suggestions.step(1)?.source).toBe('entity');
    expect(suggestions.acceptAll('entity')).toBe(2);
    expect(session.sorted().map((annotation) => annotation.entity)).toEqual(['pompeo', 'pompeo']);
    expect(session.history.nextUndo).toBe('Accept 2 entity mentions');
    // The accepted current one is gone; y and x act on the one the walk lands on next.
    expect(suggestions.current()).toBeNull();
    const next = suggestions.step(1)!;
    suggestions.reject(next);
    expect(suggestions.current()?.key).not.toBe(next.key);
    session.undo();
    session.undo();
    expect(session.size).toBe(0);
    expect(quotes(suggestions, 'entity')).toHaveLength(2);
  });

  it('suggests what the analyst tags, wherever it recurs, and stops once it is untagged', async () => {
    const tagged = new TaggedTextIndex();
    const { session, suggestions } = await openWithSuggestions(tagged);
    const first = codePointRangeOf(POMPEO_EXCERPT, 'Armenia');
    session.create(ACTOR, { start: codePoints(first.start), end: codePoints(first.end) }, ALICE);
    await expect.poll(() => quotes(suggestions, 'tagged')).toEqual(['Armenia']);
    // The tagged one itself is covered; the other occurrence (of the same case, whole word) is suggested.
    expect(
      suggestions.visible().find((suggestion) => suggestion.source === 'tagged')!.start,
    ).toBeGreaterThan(first.start);
    session.undo();
    await expect.poll(() => quotes(suggestions, 'tagged')).toEqual([]);
  });
});
