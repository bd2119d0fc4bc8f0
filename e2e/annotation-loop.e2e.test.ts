// The annotation loop as an analyst lives it: name, import the corpus, tag a claim holding an
// actor and a date, relabel, delete, undo, redo, reload, export, validate.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clickText,
  CORPUS_FILES,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  panelCount,
  type AppSession,
  exportAs,
} from './app-driver.ts';

const ROOT = join(import.meta.dirname, '..');
const CLAIM = 'In September 2022, Azerbaijan swiftly seized back Nagorno-Karabakh';
let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the annotation loop', () => {
  it('imports the corpus, tags, edits, undoes, survives a reload and exports a valid dataset', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana Petrosyan');

    await importThroughChooser(page, CORPUS_FILES);
    await expect.poll(() => page.locator('.title-link').count()).toBe(5);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Imported 5 documents');
    const titles = await page.locator('.title-link').allTextContents();
    for (const file of CORPUS_FILES)
      expect(titles).toContain(readFileSync(file, 'utf8').split('\n')[0]!.trim().slice(0, 200));

    await openDocument(page, 'One year after Azerbaijan’s rapid offensive');

    // A claim, selected roughly with the mouse: the selection snaps outward to whole words.
    await dragSelect(page, CLAIM, 1, CLAIM.length - 2);
    await page.keyboard.press('1');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual([CLAIM]);

    // An actor inside it, selected with the keyboard and tagged from the toolbar.
    await clickText(page, 'Azerbaijan swiftly', 0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.getByRole('button', { name: /^Actor/ }).click();
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual(['Azerbaijan']);

    // A date inside it, by mouse and the 3 key.
    await dragSelect(page, 'September 2022', 0, 'September 2022'.length);
    await page.keyboard.press('3');
    await expect.poll(() => listedQuotes(page, 'date')).toEqual(['September 2022']);
    expect([
      await panelCount(page, 'Claims'),
      await panelCount(page, 'Actors'),
      await panelCount(page, 'Dates'),
    ]).toEqual([1, 1, 1]);

    // Every span is painted: one range per label in the CSS highlight registry.
    const painted = await page.evaluate(() =>
      ['claim', 'actor', 'date'].map((label) => CSS.highlights.get(`mg-${label}-0`)?.size ?? 0),
    );
    expect(painted).toEqual([1, 1, 1]);

    // Where spans overlap, a click offers both, innermost first.
    await clickText(page, 'Azerbaijan swiftly', 3);
    const picker = page.getByRole('menu', { name: 'Overlapping annotations' });
    await expect
      .poll(() => picker.locator('.span-picker-quote').allTextContents())
      .toEqual(['Azerbaijan', CLAIM]);
    await picker.getByRole('menuitem').first().click();
    await expect.poll(() => page.locator('.details-quote').textContent()).toBe('Azerbaijan');
    await expect
      .poll(() => page.locator('[data-field="offsets"]').textContent())
      .toMatch(/^\d+–\d+/);

    // Relabel, undo, redo.
    await page.getByRole('radiogroup', { name: 'Label' }).getByText('Date').click();
    await expect.poll(() => listedQuotes(page, 'date')).toEqual(['September 2022', 'Azerbaijan']);
    await page.locator('.document-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual(['Azerbaijan']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual([]);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual(['Azerbaijan']);

    // Delete the claim from the list with the Delete key, then bring it back.
    await page.locator('.list-item[data-label="claim"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => panelCount(page, 'Claims')).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual([CLAIM]);

    // A note, and n/p to walk the spans in reading order.
    await page.locator('.list-item[data-label="date"]').click();
    await page.getByLabel('Note').fill('Month of the offensive, per the report.');
    await page.getByLabel('Note').blur();
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.details-quote').textContent()).toBe('Azerbaijan');
    await page.keyboard.press('p');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.details-quote').textContent()).toBe(CLAIM);

    // Close and reopen: every document and annotation is still there.
    await page.reload();
    await expect.poll(() => page.locator('.title-link').count()).toBe(5);
    const row = page.locator('tr', { hasText: 'One year after Azerbaijan’s rapid offensive' });
    expect(await row.locator('[data-count]').allTextContents()).toEqual(['1', '1', '1']);
    await openDocument(page, 'One year after Azerbaijan’s rapid offensive');
    expect(await listedQuotes(page, 'claim')).toEqual([CLAIM]);
    expect(await listedQuotes(page, 'actor')).toEqual(['Azerbaijan']);
    expect(await listedQuotes(page, 'date')).toEqual(['September 2022']);
    await page.locator('.list-item[data-label="date"]').click();
    await expect
      .poll(() => page.getByLabel('Note').inputValue())
      .toBe('Month of the offensive, per the report.');

    // Export: every quote equals the text at its code-point offsets, and the CLI accepts it.
    const file = await exportAs(app, 'export.json');
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    expect(dataset.format).toBe('marginalia-dataset');
    expect(dataset.version).toBe(1);
    expect(dataset.documents).toHaveLength(5);
    expect(dataset.annotators).toEqual([
      { id: expect.stringMatching(/^annotator-/), name: 'Ana Petrosyan' },
    ]);
    const annotations = dataset.documents.flatMap(
      (document: { text: string; annotations: { start: number; end: number; quote: string }[] }) =>
        document.annotations.map((annotation) => ({ ...annotation, text: document.text })),
    );
    expect(annotations.map((annotation: { label: string }) => annotation.label).sort()).toEqual([
      'actor',
      'claim',
      'date',
    ]);
    for (const annotation of annotations)
      expect(
        Array.from(annotation.text as string)
          .slice(annotation.start, annotation.end)
          .join(''),
      ).toBe(annotation.quote);
    const output = execFileSync('node', [join(ROOT, 'bin/marginalia.mjs'), 'validate', file], {
      encoding: 'utf8',
    });
    expect(output).toContain('valid Marginalia dataset');
  });
});
