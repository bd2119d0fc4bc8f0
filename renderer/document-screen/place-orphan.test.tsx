// The document screen with an orphan in its side panel, rendered in real Chromium on a real
// IndexedDB database: the analyst selects text, places the orphan there, and undoes it.

import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type DocumentId } from '../../app/model/ids.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import { ALICE, BOB, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { bobsOrphanRow } from '../test-support/test-orphans.ts';
import { DocumentScreen } from './DocumentScreen.tsx';
import '../styles.css';

const TEXT = 'Talks in Brussels\nOn 5 October 2023 Ilham Aliyev met Nikol Pashinyan in Granada.';

async function libraryWithOrphan(db: MarginaliaDatabase) {
  const documentId = randomDocumentId();
  await addDocuments(
    db,
    [
      {
        id: documentId,
        title: 'Talks in Brussels',
        text: TEXT,
        format: 'text',
        sourceName: 'talks.txt',
      },
    ],
    new Date('2024-03-01T09:00:00.000Z'),
  );
  await db.annotators.bulkPut([ALICE, BOB]);
  const orphan = bobsOrphanRow(documentId, {
    source: '/documents/0/annotations/1',
    quote: 'N. Pashinian',
  });
  await db.orphans.add(orphan);
  return { documentId, orphan };
}

/** Renders the document screen as the app does, for Alice, in a desktop-sized window. */
async function renderScreen(db: MarginaliaDatabase, documentId: DocumentId) {
  await page.viewport(1280, 800);
  return renderWithServices(
    db,
    <DocumentScreen
      documentId={documentId}
      commandsRef={{ current: null }}
      onClose={() => undefined}
      onReview={() => undefined}
    />,
    { height: '100vh', display: 'flex' },
  );
}

/** Selects part of the document text with the DOM selection, as a mouse drag leaves it. */
function selectInDocument(needle: string, from: number, to: number): void {
  const paragraph = [...document.querySelectorAll('.doc-paragraph')].find((element) =>
    element.textContent?.includes(needle),
  )!;
  const node = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() as Text;
  const at = node.data.indexOf(needle);
  getSelection()!.setBaseAndExtent(node, at + from, node, at + to);
}

const listedQuotes = () =>
  [...document.querySelectorAll('.list-item .list-quote')].map((element) => element.textContent);

describe('placing an orphan from the document screen', () => {
  it('asks for a selection first, then places the orphan at the snapped selection in its annotator’s layer', async () => {
    const db = openTestDatabase();
    const { documentId, orphan } = await libraryWithOrphan(db);
    const { notices } = await renderScreen(db, documentId);
    await expect
      .poll(() => document.querySelector('.document-scroll')?.getAttribute('data-ready'))
      .toBe('true');
    await userEvent.click(page.getByText('Could not be placed'));
    const place = page.getByRole('button', { name: 'Place at selection' });

    await userEvent.click(place);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'info',
        title: 'Select some text first, then Place at selection',
      }),
    ]);
    expect(await db.orphans.count()).toBe(1);

    // Half of each end word, snapped out to whole words as tagging snaps it.
    selectInDocument('Nikol Pashinyan', 2, 12);
    await userEvent.click(place);

    await expect.poll(listedQuotes).toEqual(['Nikol Pashinyan']);
    await expect.element(page.getByText('Could not be placed')).not.toBeInTheDocument();
    // Selected, with the colleague named as its annotator.
    await expect
      .element(page.getByRole('region', { name: 'Annotation details' }))
      .toHaveTextContent(/Nikol Pashinyan.*Bob/);
    expect(await db.orphans.count()).toBe(0);
    const [stored] = await readDocumentAnnotations(db, documentId);
    expect(stored).toMatchObject({
      id: orphan.id,
      annotator: BOB.id,
      label: 'actor',
      quote: 'Nikol Pashinyan',
      start: TEXT.indexOf('Nikol'),
      end: TEXT.indexOf(' in Granada'),
    });
    expect((await db.documents.get(documentId))!.counts).toEqual({ actor: 1 });
    expect(notices).toHaveLength(1);

    // Undo takes the annotation away and brings the orphan back, its list still open.
    await userEvent.click(page.getByRole('button', { name: 'Undo' }));
    await expect.poll(listedQuotes).toEqual([]);
    await expect.element(page.getByRole('button', { name: 'Place at selection' })).toBeVisible();
    expect(await db.orphans.toArray()).toEqual([orphan]);
  });
});
