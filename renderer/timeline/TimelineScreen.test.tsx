// The Timeline screen in real Chromium over a real IndexedDB database: claims placed from what the
// database holds, kept true to it when an edit goes through the change hub while it shows, and
// narrowed by the Layer filter.

import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import { asLabelId, asRelationId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { CLAIM_DATE, type Relation } from '../../app/model/relation.ts';
import type { Change } from '../changes/change.ts';
import { editDocumentMetadata } from '../changes/document-metadata.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { codePointRangeOf, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import {
  ALICE,
  BOB,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import { TimelineScreen } from './TimelineScreen.tsx';
import '../styles.css';

/** A claim and its date (with `value`) quoted from `text`, linked, in `annotator`'s layer. */
function datedClaim(
  documentId: DocumentId,
  text: string,
  claim: string,
  date: string,
  value: string,
  annotator = ALICE.id,
): Change[] {
  const span = (quote: string, label: string, extra: Partial<Annotation> = {}) => {
    const { start, end } = codePointRangeOf(text, quote);
    return makeAnnotation({
      documentId,
      label: asLabelId(label),
      start: codePoints(start),
      end: codePoints(end),
      quote,
      annotator,
      ...extra,
    });
  };
  const claimSpan = span(claim, 'claim');
  const dateSpan = span(date, 'date', { value: value as DateValue, valueStatus: 'confirmed' });
  const relation: Relation = {
    id: asRelationId(crypto.randomUUID()),
    documentId,
    type: CLAIM_DATE,
    from: claimSpan.id,
    to: dateSpan.id,
    annotator,
    createdAt: claimSpan.createdAt,
    updatedAt: claimSpan.createdAt,
  };
  return [
    { before: null, after: claimSpan },
    { before: null, after: dateSpan },
    { kind: 'relation', before: null, after: relation },
  ];
}

async function writeLibrary(db: MarginaliaDatabase) {
  const id = randomDocumentId();
  await addDocuments(db, [
    {
      id,
      title: 'Pompeo steps in',
      text: POMPEO_EXCERPT,
      format: 'text',
      sourceName: 'pompeo.txt',
    },
  ]);
  return { id, text: POMPEO_EXCERPT };
}

const HOSTILE =
  'The region is experiencing the most hostile struggle in more than a quarter of a century.';
const CEASEFIRE = 'Both must implement a ceasefire and return to substantive negotiations.';

const entryTexts = () =>
  [...document.querySelectorAll('.timeline-entry')].map(
    (entry) => entry.getAttribute('aria-label')!.split(' — ')[0],
  );

describe('TimelineScreen', () => {
  it('places the claims the database holds and redraws when an edit is committed while it shows', async () => {
    const db = openTestDatabase();
    const { id, text } = await writeLibrary(db);
    const hub = changeHubOf(db);
    hub.commit(id, 'claim', datedClaim(id, text, HOSTILE, 'this Friday', '2020-10-30'));
    await hub.whenPersisted();
    renderWithServices(
      db,
      <TimelineScreen onOpen={() => undefined} commandsRef={{ current: null }} />,
      { height: '700px', display: 'flex' },
    );
    await expect.poll(entryTexts).toEqual([HOSTILE]);

    // Bob's claim, dated earlier, committed while the timeline shows: it comes first.
    await db.annotators.put(BOB);
    hub.commit(id, 'claim', datedClaim(id, text, CEASEFIRE, 'this Friday', '2020-10-02', BOB.id));
    await expect
      .poll(() => document.querySelector('[data-testid="timeline-summary"]')?.textContent, {
        timeout: 5000,
      })
      .toBe('2 claims on the axis');
    // The window stays where the analyst left it (a week around 30 October); Fit shows both.
    expect(entryTexts()).toEqual([HOSTILE]);
    await userEvent.click(page.getByRole('button', { name: 'Fit' }));
    await expect.poll(entryTexts).toEqual([CEASEFIRE, HOSTILE]);

    await userEvent.selectOptions(
      page.getByRole('combobox', { name: 'Layer' }),
      'Mine (Alice) (1)',
    );
    await expect.poll(entryTexts).toEqual([HOSTILE]);
  });

  it('says each claim’s document with its source, and follows a source edited in the library', async () => {
    const db = openTestDatabase();
    const { id, text } = await writeLibrary(db);
    const hub = changeHubOf(db);
    hub.commit(id, 'claim', datedClaim(id, text, HOSTILE, 'this Friday', '2020-10-30'));
    const row = async () => (await db.documents.get(id))!;
    // A publisher made up for the test.
    expect(editDocumentMetadata(db, await row(), { source: 'The Corpus Herald' })).toBeNull();
    await hub.whenPersisted();
    renderWithServices(
      db,
      <TimelineScreen onOpen={() => undefined} commandsRef={{ current: null }} />,
      { height: '700px', display: 'flex' },
    );
    const entryWhere = () =>
      document.querySelector('.timeline-entry')?.getAttribute('aria-label')?.split(' · ').at(-1);
    await expect.poll(entryWhere).toBe('Pompeo steps in (The Corpus Herald)');
    expect(editDocumentMetadata(db, await row(), { source: '' })).toBeNull();
    await expect.poll(entryWhere).toBe('Pompeo steps in');
  });
});
