// The side panel's list of orphans, rendered in real Chromium over a real IndexedDB database.

import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { asLabelId, type DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { OrphanRow } from '../db/rows.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import { openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { bobsOrphanRow } from '../test-support/test-orphans.ts';
import { OrphanList } from './OrphanList.tsx';
import '../styles.css';

function orphanOf(documentId: DocumentId, fields: Partial<OrphanRow>): OrphanRow {
  return bobsOrphanRow(documentId, fields);
}

/** Two orphans of one document (the second in file order has no quote) and one elsewhere. */
async function withOrphans(db: MarginaliaDatabase) {
  const documentId = randomDocumentId();
  const pashinian = orphanOf(documentId, {
    quote: 'N. Pashinian',
    source: '/documents/0/annotations/2',
  });
  const unquoted = orphanOf(documentId, {
    label: asLabelId('date'),
    source: '/documents/0/annotations/10',
    reason: 'no quote and offsets past the end of the text',
  });
  await db.orphans.bulkAdd([
    unquoted,
    pashinian,
    orphanOf(randomDocumentId(), { quote: 'Elsewhere' }),
  ]);
  return { documentId, pashinian, unquoted };
}

function renderList(db: MarginaliaDatabase, documentId: DocumentId) {
  const placed: OrphanRow[] = [];
  const { notices } = renderWithServices(
    db,
    <OrphanList documentId={documentId} onPlace={(orphan) => placed.push(orphan)} />,
  );
  return { placed, notices };
}

const items = () =>
  [...document.querySelectorAll('.orphan-list li')].map((item) => [
    item.querySelector('.chip')?.textContent,
    item.querySelector('q')?.textContent,
    item.querySelector('.muted')?.textContent,
  ]);

describe('OrphanList', () => {
  it('lists the document’s orphans in file order, and hands the one to place to the screen', async () => {
    const db = openTestDatabase();
    const { documentId, pashinian } = await withOrphans(db);
    const { placed } = renderList(db, documentId);
    await userEvent.click(page.getByText('Could not be placed'));
    await expect.poll(items).toEqual([
      ['Actor', 'N. Pashinian', 'quote not found in the text · from bob.json'],
      ['Date', '(no quote)', 'no quote and offsets past the end of the text · from bob.json'],
    ]);

    await userEvent.click(page.getByRole('button', { name: 'Place at selection' }).first());
    expect(placed).toEqual([pashinian]);
    // Placing is the screen's to do: the list wrote nothing.
    expect(await db.orphans.count()).toBe(3);
  });

  it('discards an orphan only once the analyst confirms', async () => {
    const db = openTestDatabase();
    const { documentId, unquoted } = await withOrphans(db);
    const { notices } = renderList(db, documentId);
    await userEvent.click(page.getByText('Could not be placed'));

    await userEvent.click(page.getByRole('button', { name: 'Discard' }).first());
    const dialog = page.getByRole('dialog', { name: 'Discard this annotation?' });
    await expect
      .element(dialog)
      .toHaveTextContent(
        'The Actor “N. Pashinian” from bob.json will be removed from this computer. This cannot be undone.',
      );
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(await db.orphans.count()).toBe(3);

    await userEvent.click(page.getByRole('button', { name: 'Discard' }).first());
    await userEvent.click(dialog.getByRole('button', { name: 'Discard' }));
    await expect.poll(items).toEqual([['Date', '(no quote)', expect.any(String)]]);
    expect(await db.orphans.where('documentId').equals(documentId).toArray()).toEqual([unquoted]);
    expect(await db.orphans.count()).toBe(2);
    expect(notices).toEqual([]);
  });
});
