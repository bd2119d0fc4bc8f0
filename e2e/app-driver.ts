// Drives the app as an analyst does: real clicks, drags and keys in real Chromium. Selections
// are made with the mouse (dragging between two characters' on-screen positions) or the
// keyboard, never by setting offsets behind the app's back.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchProfile, type ProfileBrowser } from './browser.ts';
import { startWebServer } from '../scripts/web-server.mjs';

export const CORPUS_DIR = join(import.meta.dirname, '../../shared/corpus');
export const CORPUS_FILES = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(CORPUS_DIR, name));

export interface AppSession {
  page: Page;
  browser: ProfileBrowser;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer (dist/renderer, or MARGINALIA_RENDERER_DIR: a build of one's own
 * while another build is under way) and opens it in a fresh Chromium profile.
 */
export async function openApp(): Promise<AppSession> {
  const outDir = process.env.MARGINALIA_RENDERER_DIR;
  const server = await startWebServer({ port: 0, ...(outDir ? { outDir } : {}) });
  const browser = await launchProfile();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  return {
    page,
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
      if (errors.length > 0) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
    },
  };
}

export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name or handle').fill(name);
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await page.getByRole('button', { name: 'Settings' }).filter({ hasText: name }).waitFor();
}

/** Imports files through the "Import documents" button and its file chooser. */
export async function importThroughChooser(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents' }).first().click();
  await (await chooser).setFiles(files);
}

export async function openDocument(page: Page, titleStart: string): Promise<void> {
  await page.locator('.title-link', { hasText: titleStart }).click();
  await page.locator('.document-scroll[data-ready="true"]').waitFor();
}

/** Viewport coordinates of the point between characters `index - 1` and `index` of the first paragraph containing `needle`. */
async function caretPoint(page: Page, needle: string, offsetInNeedle: number, occurrence = 0) {
  return page.evaluate(
    async ({ needle, offsetInNeedle, occurrence }) => {
      const paragraphs = [...document.querySelectorAll('.doc-paragraph')];
      let seen = 0;
      for (const paragraph of paragraphs) {
        const text = paragraph.textContent ?? '';
        let at = text.indexOf(needle);
        while (at >= 0 && seen < occurrence) {
          seen++;
          at = text.indexOf(needle, at + 1);
        }
        if (at < 0) continue;
        paragraph.scrollIntoView({ block: 'center' });
        // Measured once the scroll and any layout it set off have been painted.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const node = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const range = new Range();
        const position = at + offsetInNeedle;
        // The box of the character after the point (or before it, at the very end).
        const after = position < node.length;
        range.setStart(node, after ? position : position - 1);
        range.setEnd(node, after ? position + 1 : position);
        const box = range.getClientRects()[0]!;
        const x = after ? box.left + 0.5 : box.right - 0.5;
        return { x, y: box.top + box.height / 2 };
      }
      throw new Error(`text not found in the document: ${needle}`);
    },
    { needle, offsetInNeedle, occurrence },
  );
}

/** Selects text by dragging the mouse from inside its first character to inside its last. */
export async function dragSelect(
  page: Page,
  needle: string,
  from = 0,
  to = needle.length,
): Promise<void> {
  const start = await caretPoint(page, needle, from);
  const end = await caretPoint(page, needle, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Selects text by clicking before its first character and shift-clicking after its last. */
async function shiftClickSelect(
  page: Page,
  needle: string,
  from: number,
  to: number,
): Promise<void> {
  const start = await caretPoint(page, needle, from);
  const end = await caretPoint(page, needle, to);
  await page.mouse.click(start.x, start.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(end.x, end.y);
  await page.keyboard.up('Shift');
}

/** Clicks at a character inside the document text. */
export async function clickText(page: Page, needle: string, offsetInNeedle: number): Promise<void> {
  const point = await caretPoint(page, needle, offsetInNeedle);
  await page.mouse.click(point.x + 2, point.y);
}

export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => getSelection()?.toString() ?? '');
}

/** The side panel's count for a label ("Claims 2" → 2). */
export async function panelCount(page: Page, labelName: string): Promise<number> {
  const header = page.locator('.list-header', { hasText: labelName });
  return Number(await header.locator('.count').textContent());
}

/** Quotes listed in the side panel for a label id. */
export async function listedQuotes(page: Page, label: string): Promise<string[]> {
  return page.locator(`.list-item[data-label="${label}"] .list-quote`).allTextContents();
}

export function corpusFilesNamed(...prefixes: string[]): string[] {
  return prefixes.map((prefix) => CORPUS_FILES.find((file) => file.includes(prefix))!);
}

/** The side panel's details of the selected annotation. */
export const annotationDetails = (page: Page) =>
  page.getByRole('region', { name: 'Annotation details' });

/** Tags the `from`–`to` part of `needle` with a label key (the new span is selected). */
export async function tagText(
  page: Page,
  needle: string,
  key: '1' | '2' | '3',
  from = 0,
  to = needle.length,
): Promise<void> {
  // The key tags the selection, or relabels the selected span when no text is selected: let go
  // of the span first, so that a drag that selected nothing can never relabel it, and drag again
  // if the page moved under the mouse (a panel filling in on a loaded machine).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const wanted = needle.slice(from, to);
  const tried: string[] = [];
  for (let attempt = 0; ; attempt++) {
    // A drag, and when a drag lands elsewhere (the page moved under a loaded machine's mouse),
    // the other way an analyst selects: click at the start, shift-click at the end.
    if (attempt % 2 === 0) await dragSelect(page, needle, from, to);
    else await shiftClickSelect(page, needle, from, to);
    const selected = (await selectedText(page)).trim();
    if (selected === wanted.trim() || attempt === 5) break;
    tried.push(selected.slice(0, 60));
    await page.waitForTimeout(300);
  }
  expect(
    (await selectedText(page)).trim(),
    `the selection over “${wanted}” (earlier tries: ${JSON.stringify(tried)})`,
  ).toBe(wanted.trim());
  await page.keyboard.press(key);
}

/** Tags an actor (the `from`–`to` part of `needle`) and links it to an entity, created from it or found by name. */
export async function tagActorOf(
  page: Page,
  needle: string,
  from: number,
  to: number,
  entity: string,
  create: boolean,
): Promise<void> {
  await tagText(page, needle, '2', from, to);
  const details = annotationDetails(page);
  await details.getByRole('combobox', { name: 'Entity', exact: true }).fill(entity);
  const option = create ? `^Create entity “${entity}”` : `^${entity}`;
  await page
    .getByRole('option', { name: new RegExp(option) })
    .first()
    .click();
  await expect.poll(() => details.getByTestId('linked-entity').textContent()).toContain(entity);
}

/** Tags a date and sets its value by hand (Enter confirms it). */
export async function tagDateValued(page: Page, needle: string, value: string): Promise<void> {
  await tagText(page, needle, '3');
  const details = annotationDetails(page);
  const field = details.getByLabel('Value', { exact: true });
  await field.fill(value);
  await field.press('Enter');
  await expect.poll(() => details.locator('.value-status').textContent()).toBe('confirmed');
}

/**
 * Selects a claim in the side list and links it, each found by its text among the spans offered:
 * `c` its claimant, `d` its date, `t` its target.
 */
export async function linkClaim(
  page: Page,
  claim: string,
  links: { claimant?: string; date?: string; target?: string },
): Promise<void> {
  const details = annotationDetails(page);
  for (const [key, name, text] of [
    ['c', 'Claimant', links.claimant],
    ['d', 'Claim date', links.date],
    ['t', 'Target', links.target],
  ] as const) {
    if (text === undefined) continue;
    await page.locator('.list-item[data-label="claim"]', { hasText: claim.slice(0, 30) }).click();
    await page.keyboard.press(key);
    const field = details.getByRole('combobox', { name });
    await field.fill(text);
    // On a loaded machine the first keystrokes can land before the list is ready: if no option
    // shows within a few seconds, type the text once more (retyping sooner would restart the
    // search each time and starve it).
    const option = details.getByRole('option').first();
    try {
      await option.waitFor({ timeout: 5000 });
    } catch {
      await field.fill('');
      await field.fill(text);
      await option.waitFor({ timeout: 10_000 });
    }
    await field.press('Enter');
    await expect
      .poll(() => details.getByRole('list', { name: `${name} links` }).textContent())
      .toContain(text);
    await page.keyboard.press('Escape');
  }
}

/**
 * A screenshot for a person to look at, written only when MARGINALIA_SCREENSHOT_DIR names a
 * folder (`MARGINALIA_SCREENSHOT_DIR=/tmp/shots npm run test:e2e`); a test never depends on it.
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  const folder = process.env.MARGINALIA_SCREENSHOT_DIR;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`) });
}

/**
 * Exports through **Export dataset** and the dialog, and saves the download under `fileName` in
 * the browser's downloads folder: `format` (the Marginalia dataset unless given) and `layers`
 * (the dialog's choice unless given) pick radios. Returns the saved file's path.
 */
export async function exportAs(
  app: AppSession,
  fileName: string,
  choices: { format?: RegExp; layers?: RegExp } = {},
): Promise<string> {
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: 'Export dataset' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: choices.format ?? /^Marginalia dataset/ }).check();
  if (choices.layers) await dialog.getByRole('radio', { name: choices.layers }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(app.browser.downloadsDir, fileName);
  await (await download).saveAs(file);
  return file;
}
