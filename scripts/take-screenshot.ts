// Takes the README's picture: the corpus imported, one report annotated and a claim linked to its
// claimant and date by hand through the UI (the same driver the e2e tests use), captured in
// Chromium. Run: npx tsx scripts/take-screenshot.ts
// after `node scripts/build.mjs --renderer`.

import { join } from 'node:path';
import {
  CORPUS_FILES,
  dragSelect,
  enterName,
  importThroughChooser,
  openApp,
  openDocument,
} from '../e2e/app-driver.ts';

const spans: [text: string, key: string][] = [
  ['In September 2022, Azerbaijan swiftly seized back Nagorno-Karabakh', '1'],
  ['Azerbaijan swiftly', '2'],
  ['September 2022', '3'],
  ['This led to the exodus of nearly 120,000 residents to Armenia', '1'],
  ['Armenia, which', '2'],
  ['traditional ally Russia', '2'],
  ['Western governments are prioritizing a peace agreement to avert further conflict', '1'],
  ['Western governments', '2'],
  ['The United States and France have been instrumental in facilitating dialogue', '1'],
  ['The United States', '2'],
  ['France have', '2'],
  ['Secretary of State Antony Blinken', '2'],
  ['this year', '3'],
  [
    'Armenia has shown multiple times its sincere hope and determination to reach a just and durable peace in the region',
    '1',
  ],
  ['Hasmik Tolmajyan', '2'],
];

const app = await openApp();
const { page } = app;
await page.setViewportSize({ width: 1440, height: 900 });
await enterName(page, 'Ana Petrosyan');
await importThroughChooser(page, CORPUS_FILES);
await page.locator('.title-link').nth(4).waitFor();
// Its publication date, so that its dates are resolved against it.
const published = page
  .locator('tr', { hasText: 'One year after Azerbaijan’s rapid offensive' })
  .getByLabel('Published');
await published.fill('2024-09-24');
await published.press('Enter');
await openDocument(page, 'One year after Azerbaijan’s rapid offensive');
for (const [text, key] of spans) {
  // Actors and dates named inside a longer phrase: select just the name.
  const name =
    key === '2'
      ? text.replace(/ (swiftly|have|, which)$|, which$/, '').replace(/ have$/, '')
      : text;
  await dragSelect(page, text, 0, name.length);
  await page.keyboard.press(key);
}
// The ambassador's claim linked to its claimant (c) and a date (d), each the nearest candidate.
const details = page.getByRole('region', { name: 'Annotation details' });
await page.locator('.list-item[data-label="claim"]', { hasText: 'Armenia has shown' }).click();
await page.keyboard.press('c');
await details.getByRole('combobox', { name: 'Claimant' }).press('Enter');
await details.getByRole('combobox', { name: 'Claimant' }).press('Escape');
await page.keyboard.press('d');
await details.getByRole('combobox', { name: 'Claim date' }).press('Enter');
await details.getByRole('combobox', { name: 'Claim date' }).press('Escape');
await page.locator('.document-scroll').evaluate((element) => (element.scrollTop = 260));
await page.locator('.notice .icon-button').first().click();
await page.mouse.move(5, 300);
await page.waitForFunction(() => CSS.highlights.get('mg-flash')?.size === 0);
await page.screenshot({ path: join(import.meta.dirname, '../assets/screenshot.png') });
await app.close();
console.log('assets/screenshot.png written');
