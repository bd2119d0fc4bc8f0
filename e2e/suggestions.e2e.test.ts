// Suggestions (issue 10), as an analyst meets them: date expressions of a corpus report drawn
// with a wavy underline and listed beside it, walked with s, accepted with y or Enter (a Date annotation
// with its value), rejected with x (still rejected after a reload), all dates accepted in one
// step and undone in one; a known entity's mentions suggested as linked actors; a name tagged in
// one report suggested in another.

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  corpusFilesNamed,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  panelCount,
  type AppSession,
  lookAt,
} from './app-driver.ts';

const CONFLICT = 'The conflict between Armenia';
let app: AppSession | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const panel = (page: Page) => page.getByRole('region', { name: 'Suggestions' });
const rows = (page: Page, kind?: string) =>
  panel(page).locator(kind ? `.suggestion-item[data-kind="${kind}"]` : '.suggestion-item');
const suggestionCount = async (page: Page) =>
  Number(await panel(page).getByTestId('suggestion-count').textContent());
const currentKey = (page: Page) =>
  panel(page).locator('.suggestion-item.current').getAttribute('data-suggestion-key');
/** The quote of a suggestion key (`source|label|start|end|quote`). */
const quoteOf = (key: string) => key.split('|').slice(4).join('|');
/** How many ranges a named highlight holds in the page. */
const highlightSize = (page: Page, name: string) =>
  page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, name);
/** The suggestion keys of the list; the list is virtualised, but a corpus report's fit in it once scrolled. */
async function listedKeys(page: Page, kind: string): Promise<string[]> {
  const keys = new Set<string>();
  const list = panel(page).locator('.suggestion-list');
  const height = await list.evaluate((element) => element.scrollHeight);
  for (let top = 0; top <= height; top += 200) {
    await list.evaluate((element, top) => (element.scrollTop = top), top);
    for (const key of await rows(page, kind).evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-suggestion-key')!),
    ))
      keys.add(key);
  }
  await list.evaluate((element) => (element.scrollTop = 0));
  return [...keys];
}

describe('suggestions', () => {
  it('suggests dates with their values: y accepts, x rejects for good, all dates in one undoable step', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, corpusFilesNamed('000_'));
    const published = page.locator('tr', { hasText: CONFLICT }).getByLabel('Published');
    await published.fill('2020-10-26');
    await published.press('Enter');
    await expect.poll(() => published.inputValue()).toBe('2020-10-26');
    await openDocument(page, CONFLICT);

    // Drawn in the text (their own highlight, not an annotation's) and listed with their values.
    await expect.poll(() => rows(page, 'date').count()).toBeGreaterThan(3);
    await expect.poll(() => highlightSize(page, 'mg-suggestion-date')).toBeGreaterThan(0);
    expect(await panelCount(page, 'Date')).toBe(0);
    await expect
      .poll(() => rows(page, 'date').filter({ hasText: 'last Friday' }).textContent())
      .toContain('2020-10-23');
    const dates = await listedKeys(page, 'date');
    const total = await suggestionCount(page);
    await lookAt(page, 'suggestions-listed');

    // s walks to the first suggestion; y accepts it: a Date annotation with its value, suggested.
    await page.keyboard.press('s');
    const first = (await currentKey(page))!;
    expect(first).toBe(dates[0]);
    expect(await highlightSize(page, 'mg-suggestion-current')).toBe(1);
    const value = (await panel(page)
      .locator('.suggestion-item.current .suggestion-detail')
      .textContent())!.replace(' · ', '');
    expect(value).toMatch(/^2020-/);
    await page.keyboard.press('y');
    await expect.poll(() => listedQuotes(page, 'date')).toEqual([quoteOf(first)]);
    await expect
      .poll(() => page.locator('.list-item[data-label="date"] .list-carried').textContent())
      .toContain(value);
    await expect.poll(() => suggestionCount(page)).toBe(total - 1);
    expect(await panel(page).locator(`[data-suggestion-key="${first}"]`).count()).toBe(0);

    // The walk moved on; x rejects that one.
    const second = (await currentKey(page))!;
    expect(second).toBe(dates[1]);
    await page.keyboard.press('x');
    await expect.poll(() => suggestionCount(page)).toBe(total - 2);
    // Ctrl+Z takes the rejection back, Ctrl+Shift+Z rejects it again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => suggestionCount(page)).toBe(total - 1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => suggestionCount(page)).toBe(total - 2);
    await lookAt(page, 'suggestions-walked');

    // A reload: the accepted one is an annotation, the rejected one stays rejected.
    await page.reload();
    await openDocument(page, CONFLICT);
    await expect.poll(() => suggestionCount(page)).toBe(total - 2);
    expect(await listedQuotes(page, 'date')).toEqual([quoteOf(first)]);
    const remaining = await listedKeys(page, 'date');
    expect(remaining).not.toContain(first);
    expect(remaining).not.toContain(second);
    expect(remaining).toEqual(dates.slice(2));

    // All dates at once, one step; one undo takes them all back.
    await panel(page)
      .getByRole('button', { name: `Accept all ${remaining.length} dates` })
      .click();
    await expect.poll(() => panelCount(page, 'Date')).toBe(1 + remaining.length);
    await expect.poll(() => rows(page, 'date').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => panelCount(page, 'Date')).toBe(1);
    await expect.poll(() => listedKeys(page, 'date')).toEqual(remaining);

    // Enter accepts the suggestion walked to, as y does.
    await page.keyboard.press('s');
    expect(await currentKey(page)).toBe(remaining[0]);
    await page.keyboard.press('Enter');
    await expect.poll(() => panelCount(page, 'Date')).toBe(2);
  });

  it('suggests a known entity’s mentions as linked actors, and names tagged in another report', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana Petrosyan');
    await importThroughChooser(page, corpusFilesNamed('000_', '004_'));
    await expect.poll(() => page.locator('.title-link').count()).toBe(2);

    // An entity of the library's list.
    await page.getByRole('button', { name: 'Entities', exact: true }).click();
    await page.getByRole('button', { name: 'New entity' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Ilham Aliyev');
    await page.getByRole('dialog').getByRole('button', { name: 'Create entity' }).click();
    await page.locator('.tab', { hasText: 'Library' }).click();

    // In one report, its mention is suggested; accepting makes an actor linked to it. A name
    // tagged there...
    await openDocument(page, CONFLICT);
    const mention = rows(page, 'entity').filter({ hasText: 'Ilham Aliyev' }).first();
    await expect.poll(() => mention.textContent()).toContain('= Ilham Aliyev');
    await mention.getByRole('button', { name: 'Accept “Ilham Aliyev”' }).click();
    await expect
      .poll(() => page.locator('.list-item[data-label="actor"] .list-carried').allTextContents())
      .toContain('= Ilham Aliyev');
    await dragSelect(page, 'Nagorno-Karabakh');
    await page.keyboard.press('2');
    await expect.poll(() => listedQuotes(page, 'actor')).toContain('Nagorno-Karabakh');
    // ...is suggested where it recurs, in this report too.
    await expect
      .poll(() => rows(page, 'tagged').filter({ hasText: 'Nagorno-Karabakh' }).count())
      .toBeGreaterThan(0);

    // ...and in another.
    await page.locator('.tab', { hasText: 'Library' }).click();
    await page.locator('.title-link').filter({ hasNotText: CONFLICT }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    expect(await page.locator('.document-title').textContent()).not.toContain(CONFLICT);
    await expect
      .poll(() => rows(page, 'tagged').filter({ hasText: 'Nagorno-Karabakh' }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => highlightSize(page, 'mg-suggestion-actor')).toBeGreaterThan(0);
    await lookAt(page, 'suggestions-tagged');
    const tagged = await rows(page, 'tagged').count();
    await panel(page)
      .getByRole('button', { name: /^Accept all \d+ tagged elsewhere$/ })
      .click();
    await expect.poll(() => listedQuotes(page, 'actor')).toContain('Nagorno-Karabakh');
    expect(tagged).toBeGreaterThan(0);
  });
});
