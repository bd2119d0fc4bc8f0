// The actors overview, built as an analyst builds it: in two corpus reports, Pompeo tagged and
// linked to an entity created from his first mention (and found by name in the other report),
// the Armenian foreign minister likewise, and two of Pompeo's claims linked to him as claimant
// and to the minister as target. The Entities screen counts each actor's mentions, documents,
// claims made and claims about it, sorts by a count, opens the claims Pompeo makes and one of
// them in its document (selected there), and shows whom Pompeo makes claims about and who makes
// claims about the minister.

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  annotationDetails,
  corpusFilesNamed,
  linkClaim,
  tagActorOf,
  tagText,
  enterName,
  importThroughChooser,
  openApp,
  openDocument,
  type AppSession,
  lookAt,
} from './app-driver.ts';

const POMPEO_REPORT = 'Through Secretary of State';
const WAR_REPORT = 'The conflict between Armenia';
const CALL = 'Both must implement a ceasefire and return to substantive negotiations.';
const TALKS = 'we discussed critical steps to halt the violence in the Nagorno-Karabakh conflict';

let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The counts of an entity's row: mentions, documents, claims made, claims about. */
async function countsOf(page: Page, name: string): Promise<string[]> {
  const row = page.locator('.actor-table tbody tr[data-entity-id]', { hasText: name });
  return row.locator('td.numeric').allTextContents();
}

async function rowNames(page: Page): Promise<string[]> {
  return page.locator('.actor-table tbody tr[data-entity-id] .title-link').allTextContents();
}

describe('actors overview', () => {
  it('counts, sorts, lists and opens what each actor claims and is claimed about', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, corpusFilesNamed('000_', '001_'));
    await page.locator('.title-link', { hasText: WAR_REPORT }).waitFor();

    // Pompeo's report: Pompeo and Mnatsakanyan as entities, two claims of his about the minister.
    await openDocument(page, POMPEO_REPORT);
    await tagActorOf(page, 'Secretary of State Mike Pompeo,', 19, 30, 'Mike Pompeo', true);
    await tagActorOf(page, '@ZMnatsakanyan', 0, 14, 'Zohrab Mnatsakanyan', true);
    await tagText(page, CALL, '1');
    await linkClaim(page, CALL, { claimant: 'Mike Pompeo', target: '@ZMnatsakanyan' });
    await tagText(page, TALKS, '1');
    await linkClaim(page, TALKS, { claimant: 'Mike Pompeo', target: '@ZMnatsakanyan' });

    // The other report mentions Pompeo once more: a second document for him.
    await page.locator('.tab', { hasText: 'Library' }).click();
    await openDocument(page, WAR_REPORT);
    const then = 'Secretary of State Mike Pompeo then';
    await tagActorOf(page, then, 19, 30, 'Mike Pompeo', false);

    // The Entities screen counts them, in Ana's own layer.
    await page.getByRole('button', { name: 'Entities', exact: true }).click();
    await expect.poll(() => countsOf(page, 'Mike Pompeo')).toEqual(['2', '2', '2', '0']);
    expect(await countsOf(page, 'Zohrab Mnatsakanyan')).toEqual(['1', '1', '0', '2']);
    expect(await page.getByRole('combobox', { name: 'Layer' }).inputValue()).not.toBe('all');
    expect(await rowNames(page)).toEqual(['Mike Pompeo', 'Zohrab Mnatsakanyan']);

    // Sorted by the claims about each, most first; again, fewest first.
    const claimsAbout = page.getByRole('columnheader', { name: 'Claims about' });
    await claimsAbout.getByRole('button').click();
    await expect.poll(() => claimsAbout.getAttribute('aria-sort')).toBe('descending');
    expect(await rowNames(page)).toEqual(['Zohrab Mnatsakanyan', 'Mike Pompeo']);
    await claimsAbout.getByRole('button').click();
    await expect.poll(() => claimsAbout.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowNames(page)).toEqual(['Mike Pompeo', 'Zohrab Mnatsakanyan']);

    // The claims Pompeo makes, opened under his row, in text order with their document.
    const pompeoRow = page.locator('.actor-table tbody tr[data-entity-id]', {
      hasText: 'Mike Pompeo',
    });
    await pompeoRow.getByRole('button', { name: '2 claims made' }).click();
    const list = page.getByRole('region', { name: '2 claims made by Mike Pompeo' });
    await expect.poll(() => list.locator('.actor-claim').allTextContents()).toEqual([TALKS, CALL]);
    await expect.poll(() => list.textContent()).toContain(POMPEO_REPORT);

    // Selected: whom Pompeo makes claims about.
    await pompeoRow.getByRole('button', { name: 'Mike Pompeo', exact: true }).click();
    const partners = page.getByRole('region', { name: 'Claims between actors' });
    const about = partners.getByRole('table', { name: 'Makes claims about' });
    await expect.poll(() => about.locator('tr[data-partner]').allInnerTexts()).toHaveLength(1);
    expect((await about.locator('tr[data-partner]').innerText()).split(/\s+/).join(' ')).toBe(
      'Zohrab Mnatsakanyan 2',
    );
    await lookAt(page, 'actors-overview');

    // A row of that table selects the minister: Pompeo makes the claims about him.
    await about.getByRole('button', { name: 'Zohrab Mnatsakanyan' }).click();
    await expect
      .poll(() => page.locator('.actor-side-name').textContent())
      .toBe('Zohrab Mnatsakanyan');
    const by = partners.getByRole('table', { name: 'Claims about it are made by' });
    await expect
      .poll(async () => (await by.locator('tr[data-partner]').innerText()).split(/\s+/).join(' '))
      .toBe('Mike Pompeo 2');
    await lookAt(page, 'actors-partners');

    // A claim of the list opens in its document, selected.
    await list.locator('.actor-item', { hasText: CALL }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect
      .poll(() => page.locator('.list-item.selected[data-label="claim"]').textContent())
      .toContain(CALL.slice(0, 30));
    await expect.poll(() => annotationDetails(page).textContent()).toContain('Mike Pompeo');
    await lookAt(page, 'actors-opened-claim');
  });
});
