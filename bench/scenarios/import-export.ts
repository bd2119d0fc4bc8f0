// A large library through the UI: one annotator's dataset of 1,000 documents and 100,000
// annotations (bench/fixture/cli-datasets.ts, the CLI benchmark's ana.json) imported with
// "Import annotations" into an empty profile, then exported as a Marginalia dataset, then one
// span added to a document of it. Each run is a fresh browser and profile (disk-backed
// IndexedDB). Times are taken in the page (performance.now()): from the click on the dialog's
// Import to the success notice, and from handing the chosen file to the page to the dialog
// showing its plan. During the import (file handed over → quiet after the notice) and each export
// (click → quiet after the download), the window's long frames are recorded
// (bench/page/long-frames.ts): the longest, and how many took over 100 ms (issue 12: none may).

import { ensureCliDatasetFiles } from '../fixture/cli-dataset-files.ts';
import { heapAfterGc } from '../harness/cdp-metrics.ts';
import { READY_DOCUMENT } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { addClaim } from './add-span.ts';
import { importThroughDialog } from '../harness/ui-events.ts';

const RUNS = 2;
const EXPORTS_PER_RUN = 2;
/**
 * Then one more export per run after this long in the dialog, as an analyst who reads it before
 * clicking Export: the dialog reads the library ahead meanwhile (renderer/shell/ExportFlow.tsx).
 * The exports above click as soon as the button shows, so their time includes that read.
 */
const CHOOSING_MS = 1500;
const ADDS_PER_RUN = 6;
/** Adds made before the recorded ones, as in the add scenario. */
const WARMUP_ADDS = 2;

export const importExportScenario: Scenario = {
  name: 'import',
  description: 'import a 1,000-document, 100,000-annotation dataset through the UI; export it; add',
  async run(context) {
    const files = ensureCliDatasetFiles();
    const toDialog = metric('import', 'dialog', 'import: file chosen → dialog with plan', 'ms');
    const imported = metric('import', 'imported', 'import: Import → success notice', 'ms');
    const heap = metric('import', 'heap', 'import: heap after import (JS, after GC)', 'MB');
    const exported = metric('import', 'export', 'export dataset: Export → download', 'ms');
    const persisted = metric('import', 'add-persisted', 'add span after import → persisted', 'ms');
    const painted = metric('import', 'add-painted', 'add span after import → painted', 'ms');
    const importLongest = metric('import', 'import-longest-frame', 'import: longest frame', 'ms');
    const importLong = metric('import', 'import-long-frames', 'import: frames > 100 ms', 'count');
    const exportedAfterChoosing = metric(
      'import',
      'export-after-choosing',
      `export dataset: Export → download, ${CHOOSING_MS / 1000} s after the dialog opened`,
      'ms',
    );
    const exportLongest = metric('import', 'export-longest-frame', 'export: longest frame', 'ms');
    const exportLong = metric('import', 'export-long-frames', 'export: frames > 100 ms', 'count');
    const downloadBytes: number[] = [];
    /** What ran in the long frames, per run (the first export's), for the details. */
    const culprits: { import: string[]; export: string[] }[] = [];

    for (let run = 0; run < RUNS; run++) {
      const browser = await context.openBrowser();
      try {
        const { page, cdp } = browser;
        const timings = await importThroughDialog(page, context.appUrl, files.ana);
        toDialog.samples.push(timings.dialogMs);
        imported.samples.push(timings.importedMs);
        importLongest.samples.push(timings.longFrames.longestMs);
        importLong.samples.push(timings.longFrames.over100);
        culprits.push({ import: timings.longFrames.culprits, export: [] });
        await callProbe(page, 'settle');
        heap.samples.push((await heapAfterGc(cdp)).jsHeapMB);

        for (let i = 0; i < EXPORTS_PER_RUN + 1; i++) {
          const choosing = i === EXPORTS_PER_RUN;
          const download = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Export dataset' }).click();
          const exportDialog = page.getByRole('dialog', { name: 'Export' });
          await exportDialog.getByRole('radio', { name: /Marginalia dataset/ }).check();
          const button = exportDialog.getByRole('button', { name: 'Export', exact: true });
          await button.waitFor();
          if (choosing) await page.waitForTimeout(CHOOSING_MS);
          await callProbe(page, 'startLongFrameWatch');
          const started = performance.now();
          await button.click();
          const file = await download;
          (choosing ? exportedAfterChoosing : exported).samples.push(performance.now() - started);
          if (i === 0) {
            const path = await file.path();
            const { statSync } = await import('node:fs');
            downloadBytes.push(statSync(path).size);
          }
          await callProbe(page, 'settle');
          const frames = await callProbe(page, 'stopLongFrameWatch');
          exportLongest.samples.push(frames.longestMs);
          exportLong.samples.push(frames.over100);
          if (i === 0) culprits.at(-1)!.export = frames.culprits;
        }

        await page.locator('.title-link').first().click();
        await page.locator(READY_DOCUMENT).waitFor();
        await callProbe(page, 'settle');
        for (let i = 0; i < WARMUP_ADDS + ADDS_PER_RUN; i++) {
          const timings = await addClaim(page, i);
          if (i < WARMUP_ADDS) continue;
          persisted.samples.push(timings.persistedAt - timings.keydownAt);
          painted.samples.push(timings.paintedAt - timings.keydownAt);
        }
      } finally {
        await browser.close();
      }
      for (const line of [
        ...culprits.at(-1)!.import.map((c) => `import ${c}`),
        ...culprits.at(-1)!.export.map((c) => `export ${c}`),
      ])
        context.log(`import: run ${run + 1}: ${line}`);
      context.log(
        `import: run ${run + 1}: dialog ${toDialog.samples.at(-1)!.toFixed(0)} ms, import ${imported.samples.at(-1)!.toFixed(0)} ms, heap ${heap.samples.at(-1)!.toFixed(0)} MB, export ${exported.samples.at(-1)!.toFixed(0)} ms; longest frame: import ${importLongest.samples.at(-1)!.toFixed(0)} ms (${importLong.samples.at(-1)} > 100 ms), export ${exportLongest.samples.at(-1)!.toFixed(0)} ms (${exportLong.samples.at(-1)} > 100 ms)`,
      );
    }
    return {
      metrics: [
        toDialog,
        imported,
        importLongest,
        importLong,
        heap,
        exported,
        exportedAfterChoosing,
        exportLongest,
        exportLong,
        painted,
        persisted,
      ],
      details: {
        file: files.ana,
        files: files.stats,
        runs: RUNS,
        exportedBytes: downloadBytes,
        longFrameCulprits: culprits,
      },
    };
  },
};
