// Timing UI events in the page from Node: an element appearing, a click landing. These run in
// the page from source text: functions passed to page.evaluate would carry tsx's `__name`
// wrappers, which the page does not define (bench/page/ holds the probes that are bundled for it).

import type { Page } from 'playwright-core';
import type { LongFrameReport } from '../page/long-frames.ts';
import { callProbe } from './page-probes.ts';

/**
 * Resolves to performance.now() in the page when an element matching `selector` that was not
 * there when called appears (checked on every mutation).
 */
export function whenInPage(page: Page, selector: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const wanted = ${JSON.stringify(selector)};
    const before = new Set(document.querySelectorAll(wanted));
    const observer = new MutationObserver(() => {
      if (![...document.querySelectorAll(wanted)].some((element) => !before.has(element))) return;
      resolve(performance.now());
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  })`);
}

/** Records performance.now() of the next `type` event (capture phase) on an element matching `selector`. */
export async function armEventTime(page: Page, type: string, selector: string): Promise<void> {
  await page.evaluate(`{
    globalThis.__benchEventAt = undefined;
    const listener = (event) => {
      if (!(event.target instanceof Element) || !event.target.closest(${JSON.stringify(selector)})) return;
      globalThis.__benchEventAt = performance.now();
      document.removeEventListener(${JSON.stringify(type)}, listener, true);
    };
    document.addEventListener(${JSON.stringify(type)}, listener, true);
  }`);
}

export function eventTime(page: Page): Promise<number> {
  return page.evaluate('globalThis.__benchEventAt');
}

/**
 * A fresh profile's first run (the name asked), then `file` through "Import annotations": the
 * ms from handing the file to the chooser to the dialog's enabled Import button, and from the
 * click on Import to the success notice; and the window's long frames over both (from handing
 * the file over until the page is quiet after the notice: reading, planning, writing and the
 * screens catching up).
 */
export async function importThroughDialog(
  page: Page,
  appUrl: string,
  file: string,
): Promise<{ dialogMs: number; importedMs: number; longFrames: LongFrameReport }> {
  await page.goto(appUrl);
  await page.getByLabel('Your name or handle').fill('Bench');
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await page.getByRole('button', { name: 'Settings' }).filter({ hasText: 'Bench' }).waitFor();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import annotations' }).click();
  const dialogShown = whenInPage(page, '.dialog-actions .button.primary:not([disabled])');
  // The app's file input is detached (renderer/platform), so its `change` cannot be listened
  // for: the clock starts just before Playwright hands the file over.
  await callProbe(page, 'startLongFrameWatch');
  const chosenAt = await page.evaluate(() => performance.now());
  await (await chooser).setFiles(file);
  const name = file.split('/').pop()!;
  const importButton = page
    .getByRole('dialog', { name: `Import ${name}` })
    .getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor();
  const dialogMs = (await dialogShown) - chosenAt;

  await armEventTime(page, 'click', '.dialog-actions .button.primary');
  const notice = whenInPage(page, '.notice-success');
  await importButton.click();
  const importedMs = (await notice) - (await eventTime(page));
  // The screens' reads and renders that the import set off belong to it too: the library
  // (empty before) shows its rows once its live query has read the new documents.
  await page.locator('.library-table tbody tr[data-document-id]').first().waitFor();
  await callProbe(page, 'settle');
  return { dialogMs, importedMs, longFrames: await callProbe(page, 'stopLongFrameWatch') };
}
