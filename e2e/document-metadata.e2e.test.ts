// A document's details (source, authors, URL, language): set in the library, inline and in the
// details form, refused when a URL is not a web address, shown under the document's title with
// the URL as a link that leaves the app, found by the library's filter, kept across a reload, and
// undone from the library (its own history) and from the document (the document's).

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  corpusFilesNamed,
  enterName,
  importThroughChooser,
  openApp,
  openDocument,
  type AppSession,
  lookAt,
} from './app-driver.ts';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const KORYBKO = 'The US-hosted Talks Between Azerbaijan';
const POMPEO = 'Through Secretary of State Mike Pompeo';

const rowOf = (page: Page, title: string) =>
  page.locator('tr', { has: page.locator('.title-link', { hasText: title }) });
const titles = (page: Page) => page.locator('.title-link').allTextContents();
const byline = (page: Page) => page.locator('.document-byline');
/** The line under the document's title as read: its parts and separators, spaced. */
const bylineText = async (page: Page) =>
  (await byline(page).locator('> *').allTextContents()).join(' ');

describe('document details', () => {
  it('are set in the library, shown in the header, found by the filter, kept and undone', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    await importThroughChooser(page, corpusFilesNamed('001', '003'));
    await expect.poll(() => page.locator('.title-link').count()).toBe(2);

    // The details form: a javascript: URL is refused under its field and nothing is saved.
    await rowOf(page, KORYBKO).getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('dialog', { name: 'Document details' });
    await form.getByLabel('Authors', { exact: true }).fill(' Andrew Korybko ;  ; Rafi Muslumov');
    await form.getByLabel('URL', { exact: true }).fill('javascript:alert(document.cookie)');
    await form.getByLabel('Language', { exact: true }).fill('en-gb');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.getByRole('alert').allTextContents())
      .toEqual([
        '“javascript:alert(document.cookie)” is not a web address. A URL must start with http:// or https://.',
      ]);
    expect(await form.getByLabel('URL', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await lookAt(page, 'details-refused');
    await form
      .getByLabel('URL', { exact: true })
      .fill('https://example.com/korybko/us-hosted-talks');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    // The source, inline in its column: one step of the library's history of its own.
    const source = rowOf(page, KORYBKO).getByLabel('Source', { exact: true });
    await source.fill('  Yeni Sabah ');
    await source.press('Enter');
    await expect.poll(() => source.inputValue()).toBe('Yeni Sabah');
    await expect
      .poll(() => rowOf(page, KORYBKO).locator('.title-byline').textContent())
      .toBe('Andrew Korybko, Rafi Muslumov · British English');
    await rowOf(page, POMPEO).getByLabel('Source', { exact: true }).hover();
    await lookAt(page, 'library');

    // Undo in the library takes back the source alone; Redo sets it again.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.getAttribute('title')).toBe('Undo Set source');
    await undo.click();
    await expect.poll(() => source.inputValue()).toBe('');
    expect(await rowOf(page, KORYBKO).locator('.title-byline').textContent()).toBe(
      'Andrew Korybko, Rafi Muslumov · British English',
    );
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => source.inputValue()).toBe('Yeni Sabah');

    // The filter finds a document by its source, authors, URL and language, accents ignored.
    const filter = page.getByRole('searchbox', { name: /^Search titles/ });
    for (const query of ['yeni sabah', 'muslumov', 'example.com/korybko', 'en-GB']) {
      await filter.fill(query);
      await expect.poll(() => titles(page)).toEqual([expect.stringContaining(KORYBKO)]);
    }
    await filter.fill('Reuters');
    await expect.poll(() => titles(page)).toEqual([]);
    await expect
      .poll(() => page.locator('.library').textContent())
      .toContain('No document matches “Reuters”.');
    await filter.fill('');
    await expect.poll(() => titles(page)).toHaveLength(2);

    // The header: a line under the title, and the URL as a link for the system browser.
    await openDocument(page, KORYBKO);
    await expect
      .poll(() => bylineText(page))
      .toBe('Yeni Sabah · Andrew Korybko, Rafi Muslumov · British English · example.com ↗');
    const link = byline(page).getByRole('link', { name: 'example.com' });
    expect(await link.getAttribute('href')).toBe('https://example.com/korybko/us-hosted-talks');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await lookAt(page, 'header');

    // Kept across a reload.
    await page.reload();
    await expect
      .poll(() => rowOf(page, KORYBKO).getByLabel('Source', { exact: true }).inputValue())
      .toBe('Yeni Sabah');
    expect(await rowOf(page, POMPEO).getByLabel('Source', { exact: true }).inputValue()).toBe('');
    await openDocument(page, KORYBKO);
    await expect
      .poll(() => bylineText(page))
      .toBe('Yeni Sabah · Andrew Korybko, Rafi Muslumov · British English · example.com ↗');

    // From the header: the same form, one step of the document's history, undone with its keys.
    await page.locator('.document-head').getByRole('button', { name: 'Edit details' }).click();
    await form.getByLabel('Source', { exact: true }).fill('Yeni Sabah (English edition)');
    await form.getByLabel('Authors', { exact: true }).fill('Andrew Korybko');
    await lookAt(page, 'header-form');
    await form.getByLabel('Authors', { exact: true }).press('Enter');
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => bylineText(page))
      .toBe('Yeni Sabah (English edition) · Andrew Korybko · British English · example.com ↗');
    await page.locator('.document-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => bylineText(page))
      .toBe('Yeni Sabah · Andrew Korybko, Rafi Muslumov · British English · example.com ↗');

    // The undo reached the library too.
    await page.locator('.tab', { hasText: 'Library' }).click();
    await expect
      .poll(() => rowOf(page, KORYBKO).getByLabel('Source', { exact: true }).inputValue())
      .toBe('Yeni Sabah');
  });
});
