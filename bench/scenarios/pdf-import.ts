// A 200-page PDF through "Import documents" (issue 11: "a 200-page PDF imports in ≤ 5 s on the
// bench machine, with progress shown"). The PDF is bench/fixture/pdf-report.ts's: two columns,
// running header, page numbers, hyphenated line ends. Each run is a fresh browser and profile,
// so each import is an analyst's first of the session: pdf.js's code and worker are loaded,
// its standard font fetched, every page's text read in the worker, laid out into paragraphs,
// the document hashed and written to IndexedDB. Timed in the page (performance.now()) from
// just before Playwright hands the file to the chooser to the success notice (`imported`), and
// to the progress line's first appearance (`progress`). The progress line's texts are
// recorded as they change: the run stops if no "page n of 200" was shown or if the notice is
// not "Imported 1 document".

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PDF_REPORT_PAGES, writePdfReport } from '../fixture/pdf-report.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { whenInPage } from '../harness/ui-events.ts';

const RUNS = 5;

/** Records every text the import progress line shows (page-side source: see ui-events.ts). */
function recordProgress(page: Page): Promise<void> {
  return page.evaluate(`{
    globalThis.__pdfProgress = [];
    const seen = globalThis.__pdfProgress;
    new MutationObserver(() => {
      const text = document.querySelector('.import-progress')?.textContent ?? '';
      if (text !== '' && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }`);
}

export const pdfImportScenario: Scenario = {
  name: 'pdf-import',
  description: `import a ${PDF_REPORT_PAGES}-page two-column PDF through "Import documents"`,
  async run(context) {
    const report = await writePdfReport(mkdtempSync(join(tmpdir(), 'marginalia-bench-pdf-')));
    const imported = metric(
      'pdf-import',
      'imported',
      `PDF import (${PDF_REPORT_PAGES} pages): file chosen → imported`,
      'ms',
    );
    const progress = metric(
      'pdf-import',
      'progress',
      'PDF import: file chosen → progress shown',
      'ms',
    );
    const pageUpdates: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const browser = await context.openBrowser();
      try {
        const { page } = browser;
        await page.goto(context.appUrl);
        await page.getByLabel('Your name or handle').fill('Bench');
        await page.getByRole('button', { name: 'Start annotating' }).click();
        await page.getByRole('button', { name: 'Settings' }).filter({ hasText: 'Bench' }).waitFor();
        await recordProgress(page);

        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Import documents' }).first().click();
        const shown = whenInPage(page, '.import-progress');
        const done = whenInPage(page, '.notice-success');
        const chosenAt: number = await page.evaluate('performance.now()');
        await (await chooser).setFiles(report.file);
        imported.samples.push((await done) - chosenAt);
        progress.samples.push((await shown) - chosenAt);

        const notice = await page.locator('.notice-success').textContent();
        if (!notice?.includes('Imported 1 document'))
          throw new Error(`pdf-import: notice “${notice}”`);
        const texts: string[] = await page.evaluate('globalThis.__pdfProgress');
        const pages = texts.filter((text) => / page \d+ of 200/.test(text));
        if (pages.length === 0)
          throw new Error(`pdf-import: no page progress shown (${texts.join(' | ')})`);
        pageUpdates.push(pages.length);
      } finally {
        await browser.close();
      }
      context.log(
        `pdf-import: run ${run + 1}: progress after ${progress.samples.at(-1)!.toFixed(0)} ms, imported after ${imported.samples.at(-1)!.toFixed(0)} ms, ${pageUpdates.at(-1)} page updates seen`,
      );
    }
    return {
      metrics: [imported, progress],
      details: { file: report, runs: RUNS, pageUpdatesSeen: pageUpdates },
    };
  },
};
