// Hostile documents through "Import documents" in the built app, under its CSP: the batch is
// converted in the document conversion worker (renderer/import/document-conversion.worker.ts),
// so this also proves the worker is built, served and allowed. Deep HTML is read, Markdown
// nesting past the limit and Markdown whose emphasis overflows marked are refused by name, and
// the corpus report in the same batch is imported (before, the whole batch was lost to
// "Import failed: Maximum call stack size exceeded"). The 20 s time limit is pinned by the
// Chromium test of importPickedFiles and timed by the bench (hostile-import).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  corpusFilesNamed,
  enterName,
  importThroughChooser,
  openApp,
  type AppSession,
  lookAt,
} from './app-driver.ts';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function writeHostileFiles(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-hostile-'));
  const stars = '*'.repeat(3_000);
  const files: [string, string][] = [
    [
      'deep.html',
      `<title>Nested five thousand deep</title>${'<div>'.repeat(5_000)}Still read${'</div>'.repeat(5_000)}`,
    ],
    ['deep-quotes.md', '>'.repeat(2_000) + ' deep'],
    ['stars.md', `${stars}a${stars}`],
  ];
  return files.map(([name, text]) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}

describe('hostile documents', () => {
  it('are refused one by one, by name, and the rest of the batch is imported', async () => {
    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    await importThroughChooser(page, [...writeHostileFiles(), ...corpusFilesNamed('001')]);

    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Imported 2 documents');
    expect(await notice.textContent()).toContain(
      'deep-quotes.md nests block quotes or lists more than 100 levels deep',
    );
    expect(await notice.textContent()).toContain(
      'stars.md nests its content too deeply to be read',
    );
    expect(await notice.textContent()).not.toContain('Maximum call stack');
    await expect.poll(() => page.locator('.title-link').count()).toBe(2);
    expect(await page.locator('.title-link').allTextContents()).toContain(
      'Nested five thousand deep',
    );
    await lookAt(page, 'hostile-documents');
  });
});
