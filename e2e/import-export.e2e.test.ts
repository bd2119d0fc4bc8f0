// Datasets that travel: a colleague's export imported into another profile with a summary
// first, every export format downloaded, bad files refused with nothing changed, shifted
// offsets re-anchored, what could not be anchored placed or discarded by hand, and an import
// killed halfway leaving all of it or none.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDataset, serialiseDataset } from '../app/formats/dataset/index.ts';
import type { Annotation } from '../app/model/annotation.ts';
import { asAnnotationId, asAnnotatorId } from '../app/model/ids.ts';
import { BUILT_IN_LABELS } from '../app/model/labels.ts';
import { codePoints } from '../app/model/offsets.ts';
import { documentIdOf } from '../app/text/document-id.ts';
import { quoteSelectorAt } from '../app/text/quote-selector.ts';
import {
  corpusFilesNamed,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  type AppSession,
  exportAs,
} from './app-driver.ts';

const apps: AppSession[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function importAnnotations(app: AppSession, file: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import annotations' }).click();
  await (await chooser).setFiles([file]);
}

describe('datasets that travel', () => {
  it('exports every format, and a colleague imports the dataset after reading a summary', async () => {
    const ana = await openApp();
    apps.push(ana);
    await enterName(ana.page, 'Ana');
    await importThroughChooser(ana.page, corpusFilesNamed('002_'));
    await openDocument(ana.page, 'One year after');
    await dragSelect(ana.page, 'Hasmik Tolmajyan');
    await ana.page.keyboard.press('2');
    await dragSelect(ana.page, 'September 2022');
    await ana.page.keyboard.press('3');
    await dragSelect(ana.page, 'Azerbaijan is opposed');
    await ana.page.keyboard.press('1');
    await expect.poll(() => listedQuotes(ana.page, 'claim')).toEqual(['Azerbaijan is opposed']);

    const dataset = await exportAs(ana, 'ana.json', { format: /Marginalia dataset/ });
    const w3c = await exportAs(ana, 'ana.jsonld', { format: /W3C Web Annotation/ });
    const jsonl = await exportAs(ana, 'ana.jsonl', { format: /JSONL spans/ });
    const csv = await exportAs(ana, 'ana.csv', { format: /^CSV, one row per annotation/ });
    expect(JSON.parse(readFileSync(w3c, 'utf8')).type).toBe('AnnotationCollection');
    const line = JSON.parse(readFileSync(jsonl, 'utf8').trim());
    expect(line.spans.map((span: { label: string }) => span.label).sort()).toEqual([
      'actor',
      'claim',
      'date',
    ]);
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('Hasmik Tolmajyan');

    const bo = await openApp();
    apps.push(bo);
    await enterName(bo.page, 'Bo');
    await importAnnotations(bo, dataset);
    const dialog = bo.page.getByRole('dialog', { name: 'Import ana.json' });
    await expect.poll(() => dialog.textContent()).toMatch(/1 document.*3 annotation/s);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() =>
        bo.page
          .locator('tr', { hasText: 'One year after' })
          .locator('[data-count]')
          .allTextContents(),
      )
      .toEqual(['1', '1', '1']);
    await openDocument(bo.page, 'One year after');
    expect(await listedQuotes(bo.page, 'actor')).toEqual(['Hasmik Tolmajyan']);
    await bo.page.locator('.list-item[data-label="actor"]').click();
    await expect.poll(() => bo.page.locator('.details').textContent()).toContain('Ana');

    // The same annotations again, as W3C: recognised as already present, nothing to add.
    await importAnnotations(bo, w3c);
    const again = bo.page.getByRole('dialog', { name: 'Import ana.jsonld' });
    await expect
      .poll(() => again.getByRole('button', { name: 'Nothing new to import' }).isDisabled())
      .toBe(true);
    await again.getByRole('button', { name: 'Cancel' }).click();
  });

  it('refuses a truncated file, re-anchors shifted offsets by their quote, and the analyst places or discards the rest', async () => {
    const app = await openApp();
    apps.push(app);
    await enterName(app.page, 'Ana');
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-import-'));
    const text = 'Talks in Brussels\nOn 5 October 2023 Ilham Aliyev did not travel to Granada.';
    const id = documentIdOf(text);
    const annotator = { id: asAnnotatorId('annotator-colleague'), name: 'Colleague' };
    const start = Array.from(text).join('').indexOf('Ilham Aliyev');
    const annotation: Annotation = {
      id: asAnnotationId('0b5b6a8e-3f0e-4a36-9a57-3c4b3a1e9d01'),
      documentId: id,
      label: BUILT_IN_LABELS[1]!.id,
      start: codePoints(start),
      end: codePoints(start + 'Ilham Aliyev'.length),
      ...quoteSelectorAt(text, codePoints(start), codePoints(start + 12)),
      annotator: annotator.id,
      note: '',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    const json = serialiseDataset(
      encodeDataset({
        documents: [{ id, title: 'Talks in Brussels', text }],
        annotations: [annotation],
        annotators: [annotator],
        labels: [...BUILT_IN_LABELS],
        exportedAt: new Date(),
        generatorVersion: 'test',
      }),
    );

    writeFileSync(join(folder, 'truncated.json'), json.slice(0, json.length / 2));
    await importAnnotations(app, join(folder, 'truncated.json'));
    const refusal = app.page.getByRole('dialog', { name: 'Cannot import truncated.json' });
    await expect.poll(() => refusal.textContent()).toMatch(/not valid JSON.*line \d+, column \d+/s);
    await refusal.getByRole('button', { name: 'Close' }).click();
    expect(await app.page.locator('.title-link').count()).toBe(0);

    const shifted = JSON.parse(json);
    shifted.documents[0].annotations[0].start += 4;
    shifted.documents[0].annotations[0].end += 4;
    // And one whose quote is nowhere in the text: kept as an orphan, never placed.
    shifted.documents[0].annotations.push({
      ...shifted.documents[0].annotations[0],
      id: '0b5b6a8e-3f0e-4a36-9a57-3c4b3a1e9d02',
      quote: 'Nikol Pashinyan',
      prefix: '',
      suffix: '',
    });
    // And one more, which the analyst will discard.
    shifted.documents[0].annotations.push({
      ...shifted.documents[0].annotations[0],
      id: '0b5b6a8e-3f0e-4a36-9a57-3c4b3a1e9d03',
      quote: 'Serzh Sargsyan',
      prefix: '',
      suffix: '',
    });
    writeFileSync(join(folder, 'shifted.json'), JSON.stringify(shifted));
    await importAnnotations(app, join(folder, 'shifted.json'));
    const dialog = app.page.getByRole('dialog', { name: 'Import shifted.json' });
    await expect.poll(() => dialog.textContent()).toMatch(/moved|re-anchored/i);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await openDocument(app.page, 'Talks in Brussels');
    expect(await listedQuotes(app.page, 'actor')).toEqual(['Ilham Aliyev']);
    await app.page.locator('.list-item[data-label="actor"]').click();
    await expect
      .poll(() => app.page.locator('[data-field="offsets"]').textContent())
      .toContain(`${start}–${start + 12}`);
    const orphans = app.page.locator('.orphan-list');
    await orphans.locator('summary').click();
    await expect
      .poll(() => orphans.locator('li').allTextContents())
      .toEqual([
        expect.stringMatching(/Nikol Pashinyan.*not found.*shifted\.json/),
        expect.stringMatching(/Serzh Sargsyan.*not found.*shifted\.json/),
      ]);

    // Placed by hand: without a selection the analyst is told to select first; with one, the
    // orphan becomes the colleague's annotation there, quoting the document's text.
    const pashinyan = orphans.locator('li', { hasText: 'Nikol Pashinyan' });
    await pashinyan.getByRole('button', { name: 'Place at selection' }).click();
    await expect
      .poll(() => app.page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Select some text first'));
    await dragSelect(app.page, 'Granada', 1, 'Granada'.length - 1);
    await pashinyan.getByRole('button', { name: 'Place at selection' }).click();
    await expect.poll(() => listedQuotes(app.page, 'actor')).toEqual(['Ilham Aliyev', 'Granada']);
    await expect
      .poll(() => app.page.locator('.details').textContent())
      .toMatch(/Granada.*Colleague/s);
    await expect
      .poll(() => orphans.locator('li').allTextContents())
      .toEqual([expect.stringMatching(/Serzh Sargsyan/)]);

    // Discarded after confirming.
    await orphans
      .locator('li', { hasText: 'Serzh Sargsyan' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await app.page
      .getByRole('dialog', { name: 'Discard this annotation?' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await expect.poll(() => orphans.count()).toBe(0);

    // Both stay done after a reload, and the library counts the placed annotation.
    await app.page.reload();
    const row = app.page.locator('tr', { hasText: 'Talks in Brussels' });
    await expect.poll(() => row.locator('[data-count]').allTextContents()).toEqual(['0', '2', '0']);
    await openDocument(app.page, 'Talks in Brussels');
    expect(await listedQuotes(app.page, 'actor')).toEqual(['Ilham Aliyev', 'Granada']);
    await app.page.locator('.list-item', { hasText: 'Granada' }).click();
    const granada = text.indexOf('Granada');
    await expect
      .poll(() => app.page.locator('[data-field="offsets"]').textContent())
      .toContain(`${granada}–${granada + 'Granada'.length}`);
    expect(await app.page.locator('.orphan-list').count()).toBe(0);
  });

  it('holds all of an import or none of it when the renderer dies halfway', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-big-'));
    const file = join(folder, 'big.json');
    writeFileSync(file, bigDataset(300, 200));
    const app = await openApp();
    apps.push(app);
    await enterName(app.page, 'Ana');
    await importAnnotations(app, file);
    const dialog = app.page.getByRole('dialog', { name: 'Import big.json' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('button', { name: 'Importing…' }).waitFor();
    // Kill the renderer while the transaction runs.
    const cdp = await app.browser.context.newCDPSession(app.page);
    const crashed = app.page.waitForEvent('crash');
    // The command never answers: the page it would answer from is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;

    const page = await app.browser.context.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Import documents' }).first().waitFor();
    const counts = await page.evaluate(async () => {
      const open = indexedDB.open('marginalia');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      const layers = await new Promise<{ annotations: unknown[] }[]>((resolve) => {
        const request = db.transaction('layers').objectStore('layers').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      return {
        documents: await count('documents'),
        texts: await count('texts'),
        annotations: layers.reduce((sum, layer) => sum + layer.annotations.length, 0),
      };
    });
    expect([
      JSON.stringify({ documents: 0, texts: 0, annotations: 0 }),
      JSON.stringify({ documents: 300, texts: 300, annotations: 60000 }),
    ]).toContain(JSON.stringify(counts));
  });
});

/** A dataset of `documents` generated documents with `perDocument` annotations each. */
function bigDataset(documents: number, perDocument: number): string {
  const annotator = { id: asAnnotatorId('annotator-bulk'), name: 'Bulk' };
  const docs = [];
  const annotations: Annotation[] = [];
  for (let d = 0; d < documents; d++) {
    const text = Array.from(
      { length: 40 },
      (_, p) =>
        `Paragraph ${p} of report ${d}: the delegations of Armenia and Azerbaijan met in Brussels on 5 October 2023 and agreed to continue talks.`,
    ).join('\n');
    const id = documentIdOf(text);
    docs.push({ id, title: `Report ${d}`, text });
    for (let a = 0; a < perDocument; a++) {
      const start = (a * 23) % (text.length - 30);
      const end = start + 5 + (a % 20);
      annotations.push({
        id: asAnnotationId(`bulk-${d}-${a}`),
        documentId: id,
        label: BUILT_IN_LABELS[a % 3]!.id,
        start: codePoints(start),
        end: codePoints(end),
        ...quoteSelectorAt(text, codePoints(start), codePoints(end)),
        annotator: annotator.id,
        note: '',
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
      });
    }
  }
  return serialiseDataset(
    encodeDataset({
      documents: docs,
      annotations,
      annotators: [annotator],
      labels: [...BUILT_IN_LABELS],
      exportedAt: new Date(),
      generatorVersion: 'test',
    }),
  );
}
