// Consistency checks as an analyst meets them: "Mike Pompeo" tagged as an actor in one report,
// left untagged further on, and tagged as a claim in another report; a claim with no claimant.
// The Checks screen counts each kind, tags a missed occurrence (it appears in the document),
// dismisses another finding (undoable, remembered after a reload) and opens a claim in place.

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
  lookAt,
} from './app-driver.ts';

const POMPEO_REPORT = 'Through Secretary of State Mike Pompeo';
const CONFLICT_REPORT = 'The conflict between Armenia';
const CLAIM = 'Both must implement a ceasefire and return to substantive negotiations.';

let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('checks', () => {
  it('finds planted inconsistencies, fixes one, dismisses another for good and opens a claim', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, corpusFilesNamed('000_', '001_'));
    await expect.poll(() => page.locator('.title-link').count()).toBe(2);

    // Plant: an actor, its next occurrence untagged, a claim without claimant or date…
    await openDocument(page, POMPEO_REPORT);
    await dragSelect(page, 'Mike Pompeo, President', 0, 'Mike Pompeo'.length);
    await page.keyboard.press('2');
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual([CLAIM]);
    // …and the same name tagged as a claim in the other report.
    await page.locator('.tab', { hasText: 'Library' }).click();
    await openDocument(page, CONFLICT_REPORT);
    await dragSelect(page, 'Mike Pompeo then stepped', 0, 'Mike Pompeo'.length);
    await page.keyboard.press('1');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual(['Mike Pompeo']);

    // The Checks screen counts each kind.
    await page.locator('.tab', { hasText: 'Checks' }).click();
    const count = (kind: string) =>
      page.locator(`.checks-kind[data-kind="${kind}"] .checks-count`).textContent();
    await expect.poll(() => count('label-mismatch')).toBe('1');
    // The untagged "Mike Pompeo" of each report, missed as an actor and as a claim.
    await expect.poll(() => count('missed-occurrence')).toBe('4');
    await expect.poll(() => count('claim-without-claimant')).toBe('2');
    await expect.poll(() => count('claim-without-date')).toBe('2');
    await expect.poll(() => count('date-without-value')).toBe('0');
    await expect
      .poll(() =>
        page.locator('.check-finding[data-kind="label-mismatch"] .check-message').textContent(),
      )
      .toBe('“Mike Pompeo” is tagged Actor in 1 place and Claim in 1 place');
    await lookAt(page, 'checks-found');

    // Fix: tag the untagged "Mike Pompeo" of the Pompeo report as an actor, from the panel.
    const missedAsActor = page
      .locator('.check-finding[data-kind="missed-occurrence"]', { hasText: 'tagged Actor' })
      .filter({ hasText: 'wrote on his Twitter' });
    await missedAsActor.getByRole('button', { name: 'Tag as Actor' }).click();
    // That place is now an actor: neither missed as an actor nor as a claim.
    await expect.poll(() => count('missed-occurrence')).toBe('2');
    // Two actors and one claim: relabelling the claim is now offered.
    await expect
      .poll(() =>
        page.locator('.check-finding[data-kind="label-mismatch"] .button.primary').textContent(),
      )
      .toBe('Relabel it as Actor');

    // Dismiss another finding; Ctrl+Z brings it back, Ctrl+Shift+Z dismisses it again.
    const missedAsClaim = page.locator('.check-finding[data-kind="missed-occurrence"]', {
      hasText: 'tagged Claim',
    });
    await missedAsClaim.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => count('missed-occurrence')).toBe('1');
    await expect.poll(() => page.getByText('Show dismissed (1)').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => count('missed-occurrence')).toBe('2');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => count('missed-occurrence')).toBe('1');

    // A reload remembers the dismissal; "Show dismissed" lists it, to restore.
    await page.reload();
    await page.locator('.tab', { hasText: 'Checks' }).click();
    await expect.poll(() => count('missed-occurrence')).toBe('1');
    await page.getByLabel('Show dismissed (1)').check();
    await expect.poll(() => page.locator('.check-finding.dismissed').count()).toBe(1);
    await expect
      .poll(() =>
        page.locator('.check-finding.dismissed').getByRole('button', { name: 'Restore' }).count(),
      )
      .toBe(1);
    await lookAt(page, 'checks-dismissed');
    await page.getByLabel('Show dismissed (1)').uncheck();

    // Open a claim without claimant: its document opens with the claim selected.
    await page.getByRole('tab', { name: /Claims without claimant/ }).click();
    // From the keyboard: the row takes focus, Enter opens it.
    await page.locator('.check-finding', { hasText: 'Both must implement' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.details-quote').textContent()).toBe(CLAIM);
    // And the fix made from the panel is there: two actors.
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual(['Mike Pompeo', 'Mike Pompeo']);
    await lookAt(page, 'checks-opened');
  });
});
