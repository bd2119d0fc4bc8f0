import { describe, expect, it } from 'vitest';
import { ACTOR, CLAIM } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { compactDocumentLayers } from '../db/annotation-store.ts';
import { addDocuments } from '../db/document-store.ts';
import { DocumentSession } from '../document/document-session.ts';
import {
  codePointRangeOf,
  KORYBKO_EXCERPT,
  POMPEO_EXCERPT,
} from '../test-support/corpus-excerpts.ts';
import { ALICE, BOB, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { readTaggedTextIndex } from './read-tagged-text.ts';

const rangeOf = (text: string, needle: string) => {
  const { start, end } = codePointRangeOf(text, needle);
  return { start: codePoints(start), end: codePoints(end) };
};

describe('readTaggedTextIndex', () => {
  it('counts what one annotator tagged across the library, journal included, and no one else’s', async () => {
    const db = openTestDatabase();
    const [pompeo, korybko] = [randomDocumentId(), randomDocumentId()];
    await addDocuments(db, [
      {
        id: pompeo,
        title: 'Pompeo',
        text: POMPEO_EXCERPT,
        format: 'text',
        sourceName: 'pompeo.txt',
      },
      {
        id: korybko,
        title: 'Korybko',
        text: KORYBKO_EXCERPT,
        format: 'text',
        sourceName: 'korybko.txt',
      },
    ]);
    const first = new DocumentSession(db, pompeo, POMPEO_EXCERPT, []);
    first.create(ACTOR, rangeOf(POMPEO_EXCERPT, 'Mike Pompeo'), ALICE);
    first.create(
      CLAIM,
      rangeOf(
        POMPEO_EXCERPT,
        'Both must implement a ceasefire and return to substantive negotiations.',
      ),
      ALICE,
    );
    first.create(ACTOR, rangeOf(POMPEO_EXCERPT, 'Russia'), BOB);
    const second = new DocumentSession(db, korybko, KORYBKO_EXCERPT, []);
    second.create(ACTOR, rangeOf(KORYBKO_EXCERPT, 'Andrew Korybko'), ALICE);
    await second.whenPersisted();
    first.dispose();
    second.dispose();
    // One document's journal folded into its layer records, the other's still a journal.
    await compactDocumentLayers(db, pompeo);
    expect(await db.layers.count()).toBe(2);

    const index = await readTaggedTextIndex(db, ALICE.id);
    // The claim is longer than eight words: a sentence, not something to find again.
    expect(index.size).toBe(2);
    expect(index.suggestionFor('Mike Pompeo')).toEqual({ label: ACTOR });
    expect(index.suggestionFor('Andrew Korybko')).toEqual({ label: ACTOR });
    expect(index.suggestionFor('Russia')).toBeUndefined();
  });
});
