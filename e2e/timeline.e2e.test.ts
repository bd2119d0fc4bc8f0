// The timeline of claims, built as an analyst builds it: in three corpus reports, claims tagged,
// linked to claimants (linked to entities) and to dates given values; one claim left without a
// date. The Timeline orders them by their dates, filters by claimant and by document, lists the
// undated claim as a to-do, exports the filtered claims as CSV and the picture as SVG, and opens
// a claim in its document, selected.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  corpusFilesNamed,
  linkClaim,
  tagActorOf,
  tagDateValued,
  tagText,
  enterName,
  importThroughChooser,
  openApp,
  openDocument,
  type AppSession,
  lookAt,
} from './app-driver.ts';

const WAR = 'The conflict between Armenia';
const POMPEO = 'Through Secretary of State';
const PEACE = 'One year after';
const TURKEY_CLAIM = 'it is ready to join Azerbaijan on the battlefield';
const POMPEO_CLAIM = 'Both must implement a ceasefire and return to substantive negotiations.';
const UNDATED_CLAIM =
  'The region is experiencing the most hostile struggle in more than a quarter of a century.';
const PEACE_CLAIM =
  'Armenia has shown multiple times its sincere hope and determination to reach a just and durable peace in the region';

let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The entries on the axis, left to right: their claim text (full, from the accessible name) and x. */
async function entriesOnAxis(page: Page): Promise<{ text: string; x: number }[]> {
  const entries = page.locator('.timeline-entry');
  const found: { text: string; x: number }[] = [];
  for (let i = 0; i < (await entries.count()); i++) {
    const entry = entries.nth(i);
    const box = (await entry.locator('.timeline-bar').boundingBox())!;
    found.push({ text: (await entry.getAttribute('aria-label'))!.split(' — ')[0]!, x: box.x });
  }
  return found.sort((a, b) => a.x - b.x);
}

describe('timeline of claims', () => {
  it('places dated claims in order, filters them, lists the undated, exports and opens a claim', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, corpusFilesNamed('000_', '001_', '002_'));
    await page.locator('.title-link', { hasText: PEACE }).waitFor();

    await openDocument(page, WAR);
    await tagText(page, TURKEY_CLAIM, '1');
    await tagActorOf(page, 'Turkey boasts', 0, 'Turkey'.length, 'Turkey', true);
    await tagDateValued(page, 'September 27', '2020-09-27');
    await linkClaim(page, TURKEY_CLAIM, { claimant: 'Turkey', date: 'September 27' });
    await page.getByRole('button', { name: 'Library' }).first().click();

    await openDocument(page, POMPEO);
    await tagText(page, POMPEO_CLAIM, '1');
    await tagText(page, UNDATED_CLAIM, '1');
    await tagActorOf(page, 'Mike Pompeo wrote', 0, 'Mike Pompeo'.length, 'Mike Pompeo', true);
    await tagDateValued(page, 'this Friday', '2020-10-30');
    await linkClaim(page, POMPEO_CLAIM, { claimant: 'Mike Pompeo', date: 'this Friday' });
    await linkClaim(page, UNDATED_CLAIM, { claimant: 'Mike Pompeo' });
    await page.getByRole('button', { name: 'Library' }).first().click();

    await openDocument(page, PEACE);
    await tagText(page, PEACE_CLAIM, '1');
    await tagActorOf(
      page,
      'stated Hasmik Tolmajyan',
      'stated '.length,
      'stated Hasmik Tolmajyan'.length,
      'Hasmik Tolmajyan',
      true,
    );
    await tagDateValued(page, 'September 2022', '2022-09');
    await linkClaim(page, PEACE_CLAIM, { claimant: 'Hasmik Tolmajyan', date: 'September 2022' });

    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect
      .poll(() => page.getByTestId('timeline-summary').textContent())
      .toBe('3 claims on the axis');
    // Ordered by date on the axis: September 2020, October 2020, September 2022 (a month, drawn as its interval).
    await expect
      .poll(async () => (await entriesOnAxis(page)).map((entry) => entry.text))
      .toEqual([TURKEY_CLAIM, POMPEO_CLAIM, PEACE_CLAIM]);
    const pompeoEntry = page.locator('.timeline-entry', { hasText: 'Both must implement' });
    await lookAt(page, 'timeline-e2e');
    // Its claimant by entity name, its date, its document by title (truncated on the axis, whole in its name).
    expect(await pompeoEntry.locator('text').nth(1).textContent()).toMatch(
      /^Mike Pompeo · 30 October 2020 · Thr/,
    );
    expect(await pompeoEntry.getAttribute('aria-label')).toMatch(
      / — Mike Pompeo · 30 October 2020 · Through Secretary of State Mike Pompeo, .*$/,
    );
    const peaceBar = (await page
      .locator('.timeline-entry', { hasText: 'Armenia has shown' })
      .locator('.timeline-bar')
      .boundingBox())!;
    const turkeyBar = (await page
      .locator('.timeline-entry', { hasText: 'it is ready to join' })
      .locator('.timeline-bar')
      .boundingBox())!;
    expect(peaceBar.width).toBeGreaterThan(turkeyBar.width * 3);

    // The claim without a date is the to-do beside the axis.
    const undated = page.getByRole('list', { name: 'Claims without a date value' });
    await expect
      .poll(() => undated.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining(UNDATED_CLAIM)]);
    expect(await page.locator('.timeline-undated h2 .count').textContent()).toBe('1');
    await lookAt(page, 'timeline-e2e-undated');

    // Zoom in with the keyboard and the buttons; Fit brings every claim back.
    const scale = page.locator('.timeline-scale');
    const before = await scale.textContent();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await expect.poll(() => scale.textContent()).not.toBe(before);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(async () => (await entriesOnAxis(page)).length).toBe(3);

    // Filter by claimant, then by document.
    await page.getByLabel('Claimant', { exact: true }).selectOption({ label: 'Mike Pompeo (2)' });
    await expect
      .poll(async () => (await entriesOnAxis(page)).map((entry) => entry.text))
      .toEqual([POMPEO_CLAIM]);
    await expect.poll(() => undated.getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const documentFilter = page.getByLabel('Document', { exact: true });
    await documentFilter.selectOption(
      (await documentFilter.locator('option', { hasText: PEACE }).getAttribute('value'))!,
    );
    await expect
      .poll(async () => (await entriesOnAxis(page)).map((entry) => entry.text))
      .toEqual([PEACE_CLAIM]);
    await expect.poll(() => undated.getByRole('listitem').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Claimant', { exact: true }).selectOption({ label: 'Mike Pompeo (2)' });

    // The CSV holds the filtered claims: the dated one, then the undated one.
    const download = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click();
    const csvPath = join(app.browser.downloadsDir, 'timeline.csv');
    await (await download).saveAs(csvPath);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(
      rows.map((row) => [
        row.Claim,
        row.Claimants,
        row['Date text'],
        row['Date value'],
        row['Interval start'],
        row['Interval end'],
        row.Layer,
      ]),
    ).toEqual([
      [
        POMPEO_CLAIM,
        'Mike Pompeo',
        'this Friday',
        '2020-10-30',
        '2020-10-30',
        '2020-10-30',
        'Ana Petrosyan',
      ],
      [UNDATED_CLAIM, 'Mike Pompeo', '', '', '', '', 'Ana Petrosyan'],
    ]);
    expect(rows[0]!['Document title']).toMatch(/^Through Secretary of State/);

    // The picture as drawn, as a self-contained SVG.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'SVG' }).click();
    const svgPath = join(app.browser.downloadsDir, 'timeline.svg');
    await (await svgDownload).saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    for (const claim of [TURKEY_CLAIM, POMPEO_CLAIM])
      expect(svg).toContain(`<title>${claim}</title>`);
    const pngDownload = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'PNG' }).click();
    const pngPath = join(app.browser.downloadsDir, 'timeline.png');
    await (await pngDownload).saveAs(pngPath);
    expect([...readFileSync(pngPath).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    copyFileSync(pngPath, '/tmp/h-timeline/timeline-export.png');

    // A click on an entry opens the claim in its document, selected.
    await page.locator('.timeline-entry', { hasText: 'it is ready to join' }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect
      .poll(() => page.locator('.list-item.selected[data-label="claim"] .list-quote').textContent())
      .toBe(TURKEY_CLAIM);
    await expect
      .poll(() => page.locator('.document-title').textContent())
      .toMatch(/^The conflict between Armenia/);

    // Back on the timeline, Enter on the undated claim opens it too.
    await page.getByRole('button', { name: 'Timeline' }).click();
    await undated.getByRole('button').first().click();
    await expect
      .poll(() => page.locator('.list-item.selected[data-label="claim"] .list-quote').textContent())
      .toBe(UNDATED_CLAIM);
  });
});
