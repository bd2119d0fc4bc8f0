// Getting the app to the point a measurement starts from: a library holding the bench
// document, written the way the app stores it, and the document opened from it.

import type { Page } from 'playwright-core';
import type { LibraryRows } from '../fixture/library-rows.ts';
import { callProbe } from './page-probes.ts';

/**
 * Loads the app once so that it creates its database (its first-run dialog then asks for a
 * name: the settings were read, so Dexie has opened the database at the current version),
 * writes the rows (the bench document's, or a review's) into it, and reloads into the library.
 * Returns the write's ms.
 */
export async function seedLibrary(page: Page, appUrl: string, rows: LibraryRows): Promise<number> {
  await page.goto(appUrl);
  await page.getByLabel('Your name or handle').waitFor();
  const { ms } = await callProbe(
    page,
    'writeLibrary',
    rows as unknown as Record<string, unknown[]>,
  );
  await page.reload();
  await page.locator('.title-link').first().waitFor();
  return ms;
}

/**
 * seedLibrary for a library too large for one page.evaluate (which crashes the page): the rows
 * of `documentsPerChunk` documents at a time (documents and texts by id, layers and other
 * per-document records by documentId), the library-wide tables (annotators, settings,
 * entities) with the first chunk. Returns the writes' ms.
 */
export async function seedLibraryInChunks(
  page: Page,
  appUrl: string,
  rows: LibraryRows,
  documentsPerChunk = 100,
): Promise<number> {
  await page.goto(appUrl);
  await page.getByLabel('Your name or handle').waitFor();
  const tables = Object.entries(rows as unknown as Record<string, Record<string, unknown>[]>);
  let ms = 0;
  for (let from = 0; from < rows.documents.length; from += documentsPerChunk) {
    const ids = new Set(rows.documents.slice(from, from + documentsPerChunk).map((row) => row.id));
    const chunk: Record<string, unknown[]> = {};
    for (const [table, records] of tables) {
      const perDocument =
        records.some((record) => 'documentId' in record) ||
        table === 'texts' ||
        table === 'documents';
      if (perDocument)
        chunk[table] = records.filter((record) =>
          ids.has((record.documentId ?? record.id) as never),
        );
      else if (from === 0) chunk[table] = records;
    }
    ms += (await callProbe(page, 'writeLibrary', chunk)).ms;
  }
  await page.reload();
  await page.locator('.title-link').first().waitFor();
  return ms;
}

/** A fresh page load of the library, waited on until nothing is left to run. */
export async function loadLibrary(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.locator('.title-link').first().waitFor();
  await callProbe(page, 'settle');
}

export const READY_DOCUMENT = '.document-scroll[data-ready="true"]';

/** Loads the library afresh, opens the (first) document and waits until all is quiet. */
export async function openFromLibrary(page: Page, appUrl: string): Promise<void> {
  await loadLibrary(page, appUrl);
  await page.locator('.title-link').first().click();
  await page.locator(READY_DOCUMENT).waitFor();
  await callProbe(page, 'settle');
}
