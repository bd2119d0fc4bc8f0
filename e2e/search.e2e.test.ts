// Search the corpus and tag what it finds, as an analyst does: "Pompeo" across the reports,
// every hit tagged as an actor linked to one entity in one step, seen in a document, undone in
// one step; and a hit opened from the keyboard lands on it in the document.

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CORPUS_FILES,
  enterName,
  importThroughChooser,
  openApp,
  type AppSession,
  lookAt,
} from './app-driver.ts';

let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+F');
  await page.getByRole('searchbox', { name: 'Search the library' }).waitFor();
}

async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search the library' });
  await box.fill(query);
  await page.locator(`.search-status[data-state="done"][data-query="${query}"]`).waitFor();
}

/** Per listed document: its title's start and its count, as the group headers show them. */
async function groups(page: Page): Promise<string[]> {
  return page
    .locator('.search-group')
    .evaluateAll((sections) =>
      sections.map(
        (section) =>
          `${section.querySelector('.search-group-title')!.textContent!.slice(0, 24)} — ${section.querySelector('.search-group-count')!.textContent}`,
      ),
    );
}

/** The chips on every listed hit, in order: "Actor · Mike Pompeo" or "" for none. */
async function hitChips(page: Page): Promise<string[]> {
  return page
    .locator('.search-hit')
    .evaluateAll((hits) =>
      hits.map((hit) =>
        [...hit.querySelectorAll('.search-chip')].map((chip) => chip.textContent).join(' '),
      ),
    );
}

describe('search and annotate all', () => {
  it('finds Pompeo in the corpus, tags every hit as an actor linked to one entity, and undoes it in one step', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, CORPUS_FILES);
    await expect.poll(() => page.locator('.title-link').count()).toBe(5);

    await openSearch(page);
    // The box has the focus: the analyst types straight away.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search the library');
    await search(page, 'pompeo');
    await expect
      .poll(() => page.locator('.search-status').textContent())
      .toBe('6 hits in 2 documents');
    expect(await groups(page)).toEqual([
      'The conflict between Arm — 2 hits',
      'Through Secretary of Sta — 4 hits',
    ]);
    expect(await page.locator('.search-match').allTextContents()).toEqual(Array(6).fill('Pompeo'));
    expect(await hitChips(page)).toEqual(Array(6).fill(''));

    // A bad regular expression says why, and nothing breaks.
    await page.getByRole('checkbox', { name: 'Regular expression' }).check();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Pompeo(');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^Not a valid regular expression/);
    await lookAt(page, 'search-bad-regex');
    await page.getByRole('checkbox', { name: 'Regular expression' }).uncheck();
    await search(page, 'Pompeo');

    // Annotate all: Actor (the default), linked to an entity created in the same step.
    const bar = page.getByRole('region', { name: 'Annotate all' });
    await expect.poll(() => bar.textContent()).toContain('6 of 6 selected');
    await bar.getByRole('combobox', { name: 'Entity', exact: true }).click();
    await bar.getByRole('combobox', { name: 'Entity', exact: true }).fill('Mike Pompeo');
    await lookAt(page, 'search-entity-combobox');
    await bar.getByRole('option', { name: 'Create entity “Mike Pompeo”' }).click();
    await expect.poll(() => bar.getByTestId('tag-entity').textContent()).toContain('Mike Pompeo');
    await expect
      .poll(() => bar.getByTestId('tag-skip-note').textContent())
      .toBe('none already tagged actor at the same span');
    await lookAt(page, 'search-before-tagging');
    await bar.getByRole('button', { name: 'Tag 6 as actor' }).click();
    await expect
      .poll(() => page.locator('.search-banner').textContent())
      .toContain('Added 6 actor annotations in 2 documents.');
    await expect.poll(() => hitChips(page)).toEqual(Array(6).fill('Actor· Mike Pompeo'));
    // Tagging again skips them all: they carry the label at the same span.
    await expect
      .poll(() => bar.getByTestId('tag-skip-note').textContent())
      .toBe('6 already tagged actor (same span), skipped');
    await expect
      .poll(() => bar.getByRole('button', { name: 'Tag 0 as actor' }).isDisabled())
      .toBe(true);
    await lookAt(page, 'search-tagged');

    // In the first listed document ("The conflict between…"): both its hits are actor spans, linked to Mike Pompeo.
    await page.locator('.search-hit-open').first().click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect
      .poll(() => page.locator('.list-item[data-label="actor"] .list-quote').allTextContents())
      .toEqual(['Pompeo', 'Pompeo']);
    await page.locator('.list-item[data-label="actor"]').first().click();
    await expect
      .poll(() => page.getByTestId('linked-entity').textContent())
      .toContain('Mike Pompeo');
    await lookAt(page, 'document-tagged');

    // Back in Search, the query is still there; one Undo removes all six (and the entity created
    // with them).
    await page.locator('.top-nav .tab', { hasText: 'Search' }).click();
    await page.locator('.search-status[data-state="done"][data-query="Pompeo"]').waitFor();
    await expect.poll(() => hitChips(page)).toEqual(Array(6).fill('Actor· Mike Pompeo'));
    await page.locator('.search-hit-open').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => hitChips(page)).toEqual(Array(6).fill(''));
    await page.locator('.search-hit-open').first().click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.list-item[data-label="actor"]').count()).toBe(0);
    await page.locator('.top-nav .tab', { hasText: 'Entities' }).click();
    await expect.poll(() => page.locator('body').textContent()).not.toContain('Mike Pompeo');
  });

  it('opens the document at a hit with Enter, the hit flashed in view; arrows walk the hits', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, CORPUS_FILES);
    await expect.poll(() => page.locator('.title-link').count()).toBe(5);
    await openSearch(page);
    // Accents ignored: "Əliyev" finds the corpus's "Aliyev".
    await search(page, 'Əliyev');
    await expect
      .poll(() => page.locator('.search-status').textContent())
      .toBe('5 hits in 2 documents');

    // ↓ from the box to the first hit, ↓↓ to the third, Enter opens it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.getAttribute('data-start'));
    const thirdContext = await page.evaluate(() => document.activeElement?.textContent);
    expect(thirdContext).toContain('Aliyev');
    await page.keyboard.press('Enter');
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const ranges = [
            ...((CSS.highlights.get('mg-flash') as Highlight | undefined) ?? []),
          ] as Range[];
          return ranges.map((range) => {
            const box = range.getBoundingClientRect();
            return { text: range.toString(), inView: box.top >= 0 && box.bottom <= innerHeight };
          });
        }),
      )
      .toEqual([{ text: 'Aliyev', inView: true }]);
    expect(Number(third)).toBeGreaterThan(0);
    await lookAt(page, 'opened-at-hit');
  });
});
