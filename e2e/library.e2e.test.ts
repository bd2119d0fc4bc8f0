// The library: imports that never duplicate and refuse bad files by name, drag and drop,
// sanitised HTML, astral characters exported as code points, rename, search, delete.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CORPUS_FILES,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  type AppSession,
  exportAs,
} from './app-driver.ts';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const notices = (app: AppSession) => app.page.locator('.notice').allTextContents();

describe('the library', () => {
  it('never duplicates a document and refuses bad files, naming each and saying why', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    await importThroughChooser(page, CORPUS_FILES.slice(0, 2));
    await expect.poll(() => page.locator('.title-link').count()).toBe(2);

    const folder = mkdtempSync(join(tmpdir(), 'marginalia-bad-'));
    const binary = join(folder, 'scan.txt');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const latin1 = join(folder, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Bak\xfc talks', 'latin1'));
    await importThroughChooser(page, [...CORPUS_FILES.slice(0, 2), binary, latin1]);
    await expect
      .poll(() => notices(app!))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /No documents imported.*already in the library.*scan\.txt is not a text file.*latin1\.txt is not valid UTF-8/s,
          ),
        ]),
      );
    expect(await page.locator('.title-link').count()).toBe(2);
  });

  it('imports dropped HTML as clean paragraphs, with no script or style', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    const html = `<!doctype html><html><head><title>Statement by the Ministry</title><style>p{color:red}</style>
      <script>document.title = 'pwned'</script></head><body onload="alert(1)">
      <h1>Statement by the Ministry</h1><p onclick="alert(2)">Baku &amp; Yerevan agreed on 10&nbsp;May.</p>
      <p>The <b>delegations</b> met in Almaty.</p><img src=x onerror="alert(3)"><script>alert(4)</script></body></html>`;
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'statement.html', { type: 'text/html' }));
      return transfer;
    }, html);
    await page.locator('.app').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.app').dispatchEvent('drop', { dataTransfer });
    await openDocument(page, 'Statement by the Ministry');
    const paragraphs = await page.locator('.doc-paragraph').allTextContents();
    expect(paragraphs).toEqual([
      'Statement by the Ministry',
      'Baku & Yerevan agreed on 10\u00a0May.',
      'The delegations met in Almaty.',
    ]);
    expect(await page.title()).toBe('Marginalia');
  });

  it('exports offsets in code points after emoji and CJK extension B characters', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    const text =
      '# Brussels meeting\n\nIlham Aliyev 😀 met 𠀀 Nikol Pashinyan in Brussels on 5 October 2023.\n';
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-astral-'));
    writeFileSync(join(folder, 'meeting.md'), text);
    await importThroughChooser(page, [join(folder, 'meeting.md')]);
    await openDocument(page, 'Brussels meeting');
    await dragSelect(page, 'Nikol Pashinyan');
    await page.keyboard.press('2');
    await dragSelect(page, '5 October 2023');
    await page.keyboard.press('3');
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual(['Nikol Pashinyan']);

    const file = await exportAs(app, 'astral.json');
    const [document] = JSON.parse(readFileSync(file, 'utf8')).documents;
    const codePoints = Array.from(document.text as string);
    const actor = document.annotations.find(
      (annotation: { label: string }) => annotation.label === 'actor',
    );
    const expectedStart = codePoints.join('').indexOf('Nikol');
    expect(actor.start).toBe(Array.from(codePoints.join('').slice(0, expectedStart)).length);
    expect(actor.start).toBeLessThan(expectedStart); // two astral characters come before it
    for (const annotation of document.annotations)
      expect(codePoints.slice(annotation.start, annotation.end).join('')).toBe(annotation.quote);
  });

  it('renames, searches and deletes documents, asking first', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    await importThroughChooser(page, CORPUS_FILES);
    await expect.poll(() => page.locator('.title-link').count()).toBe(5);

    await page.getByRole('button', { name: /^Rename “The US-hosted Talks/ }).click();
    await page.getByLabel('Document title').fill('Korybko on the US-hosted talks');
    await page.getByLabel('Document title').press('Enter');
    await expect
      .poll(() => page.locator('.title-link').allTextContents())
      .toContain('Korybko on the US-hosted talks');

    await page.getByLabel('Search titles').fill('korybko');
    await expect
      .poll(() => page.locator('.title-link').allTextContents())
      .toEqual(['Korybko on the US-hosted talks']);
    await page.getByLabel('Search titles').fill('');

    const row = page.locator('tr', { hasText: 'Follow us on social' });
    await row.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete document?' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    expect(await page.locator('.title-link').count()).toBe(5);
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete document' }).click();
    await expect.poll(() => page.locator('.title-link').count()).toBe(4);
    await page.reload();
    await expect.poll(() => page.locator('.title-link').count()).toBe(4);
    const titles = await page.locator('.title-link').allTextContents();
    expect(titles).not.toContain('Follow us on social');
    expect(titles).toContain('Korybko on the US-hosted talks');
  });
});
