// Who claimed what, when, as an analyst records it: a corpus report's publication date, a claim
// linked to its claimant (chosen from the list), its target (tagged and linked in one step) and
// its date (whose value is suggested, then confirmed); undo and redo; a reload keeps it all.

import { afterEach, describe, expect, it } from 'vitest';
import {
  corpusFilesNamed,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  type AppSession,
} from './app-driver.ts';

const CLAIM = 'it is ready to join Azerbaijan on the battlefield';
let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('enrichment', () => {
  it('links a claim to its claimant, target and date, with the date’s value, undoably and durably', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, corpusFilesNamed('000_'));
    await page.locator('.title-link').first().waitFor();

    // The publication date, from the library's column.
    const published = page
      .locator('tr', { hasText: 'The conflict between Armenia' })
      .getByLabel('Published');
    await published.fill('2020-10-26');
    await published.press('Enter');
    await expect.poll(() => published.inputValue()).toBe('2020-10-26');

    await openDocument(page, 'The conflict between Armenia');
    await expect.poll(() => page.getByLabel('Published').inputValue()).toBe('2020-10-26');

    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await dragSelect(page, 'Turkey boasts', 0, 'Turkey'.length);
    await page.keyboard.press('2');
    await dragSelect(page, 'September 27', 0, 'September 27'.length);
    await page.keyboard.press('3');

    // The date's value is proposed from the publication date, and confirmed with Enter.
    const details = page.getByRole('region', { name: 'Annotation details' });
    const value = details.getByLabel('Value', { exact: true });
    await expect.poll(() => value.inputValue()).toBe('2020-09-27');
    await expect.poll(() => details.locator('.value-status').textContent()).toBe('suggested');
    await value.press('Enter');
    await expect.poll(() => details.locator('.value-status').textContent()).toBe('confirmed');
    await expect
      .poll(() => details.locator('.value-reading').textContent())
      .toBe('27 September 2020');
    // The confirmation is an edit like any other: the toolbar's Undo and Redo take it back and forth.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => details.locator('.value-status').textContent()).toBe('suggested');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => details.locator('.value-status').textContent()).toBe('confirmed');

    // Back to the claim; c arms the claimant: the nearest actor is offered first, Enter links it.
    await page.locator('.list-item[data-label="claim"]').click();
    await page.keyboard.press('c');
    const claimant = details.getByRole('combobox', { name: 'Claimant' });
    await expect
      .poll(() => claimant.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await expect.poll(() => details.getByRole('option').first().textContent()).toContain('Turkey');
    await claimant.press('Enter');
    await expect
      .poll(() => details.getByRole('list', { name: 'Claimant links' }).textContent())
      .toContain('Turkey');

    // t arms the target; selecting fresh text tags the actor and links it in one step.
    await page.keyboard.press('Escape');
    await page.locator('.list-item[data-label="claim"]').click();
    await page.keyboard.press('t');
    await dragSelect(page, 'join Azerbaijan on', 'join '.length, 'join Azerbaijan'.length);
    await expect
      .poll(() => listedQuotes(page, 'actor'))
      .toEqual(
        ['Turkey', 'Azerbaijan'].sort(
          (a, b) => (CLAIM.includes(a) ? 1 : 0) - (CLAIM.includes(b) ? 1 : 0),
        ),
      );
    await expect
      .poll(() => details.getByRole('list', { name: 'Target links' }).textContent())
      .toContain('Azerbaijan');

    // d arms the claim date; the only date is offered.
    await page.keyboard.press('d');
    await details.getByRole('combobox', { name: 'Claim date' }).press('Enter');
    await expect
      .poll(() => details.getByRole('list', { name: 'Claim date links' }).textContent())
      .toContain('September 27');

    // The side panel says who and when; the selection's links are drawn over the text.
    await expect
      .poll(() => page.locator('.list-item[data-label="claim"] .list-carried').textContent())
      .toBe('by Turkey · on September 27 (2020-09-27)');
    await expect.poll(() => page.locator('.connector-layer .connector').count()).toBe(3);
    await page.screenshot({ path: 'dist/enrichment-e2e.png' });

    // Undo takes back the date link, redo puts it back.
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => details.getByRole('list', { name: 'Claim date links' }).count())
      .toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect
      .poll(() => details.getByRole('list', { name: 'Claim date links' }).count())
      .toBe(1);

    // Deleting the claim deletes its links; one undo restores both. (Esc leaves the link field.)
    await page.keyboard.press('Escape');
    await page.keyboard.press('Delete');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual([]);
    await page.locator('.list-item[data-label="actor"]', { hasText: 'Turkey' }).click();
    await expect.poll(() => details.locator('.linked-claims').textContent()).toContain('None yet');
    await page.keyboard.press('Control+z');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual([CLAIM]);
    await expect
      .poll(() => details.getByRole('list', { name: 'Claims linking here' }).textContent())
      .toContain('Claimant');

    // A reload finds everything.
    await page.reload();
    await openDocument(page, 'The conflict between Armenia');
    await expect
      .poll(() => page.locator('.list-item[data-label="claim"] .list-carried').textContent())
      .toBe('by Turkey · on September 27 (2020-09-27)');
    await page.locator('.list-item[data-label="date"]').click();
    await expect.poll(() => details.locator('.value-status').textContent()).toBe('confirmed');
  });
});
