// Import and export of an enriched library through the UI (issue 8: "1,000 documents with
// 100,000 annotations, 30,000 relations and 5,000 entities: no slower than 1.3× today's
// span-only figures in the same run"). Two files of Ana's 1,000 documents and 100,000
// annotations written by today's encoder (bench/fixture/enriched-datasets.ts): spans only, and
// with 30,000 relations, 5,000 entities, 10,000 entity links, date values and publication
// dates. Each run imports each file into a fresh browser and profile with "Import annotations"
// (timed as the import scenario: file handed over → dialog with its plan; click on Import →
// success notice), then exports the library as a Marginalia dataset twice (click on Export →
// Playwright's download event). Plain and enriched alternate, and which goes first alternates
// by run, so both see the same machine. The first export of each is read back: it must hold
// what the file brought (relations, entities, entity links).

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ensureEnrichedDatasetFiles } from '../fixture/enriched-dataset-files.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Metric, type Scenario } from '../harness/scenario.ts';
import { importThroughDialog } from '../harness/ui-events.ts';

const RUNS = 4;
const EXPORTS_PER_RUN = 2;

interface Side {
  name: 'plain' | 'enriched';
  file: string;
  dialog: Metric;
  imported: Metric;
  exported: Metric;
  /** What the first export of each run held. */
  contents: { relations: number; entities: number; entityLinks: number; annotations: number }[];
}

/** Counts what an exported dataset holds. */
function contentsOf(path: string): Side['contents'][number] {
  const dataset = JSON.parse(readFileSync(path, 'utf8')) as {
    entities?: unknown[];
    documents: { annotations: { entity?: string }[]; relations?: unknown[] }[];
  };
  let relations = 0;
  let annotations = 0;
  let entityLinks = 0;
  for (const document of dataset.documents) {
    relations += document.relations?.length ?? 0;
    annotations += document.annotations.length;
    entityLinks += document.annotations.filter((a) => a.entity !== undefined).length;
  }
  return { relations, entities: dataset.entities?.length ?? 0, entityLinks, annotations };
}

async function importAndExport(page: Page, appUrl: string, side: Side): Promise<void> {
  const timings = await importThroughDialog(page, appUrl, side.file);
  side.dialog.samples.push(timings.dialogMs);
  side.imported.samples.push(timings.importedMs);
  await callProbe(page, 'settle');

  for (let i = 0; i < EXPORTS_PER_RUN; i++) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export dataset' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('radio', { name: /Marginalia dataset/ }).check();
    const button = exportDialog.getByRole('button', { name: 'Export', exact: true });
    await button.waitFor();
    const started = performance.now();
    await button.click();
    const file = await download;
    side.exported.samples.push(performance.now() - started);
    if (i === 0) side.contents.push(contentsOf(await file.path()));
    await callProbe(page, 'settle');
  }
}

export const importEnrichedScenario: Scenario = {
  name: 'import-enriched',
  description:
    'import and export 1,000 documents / 100,000 annotations with 30,000 relations and 5,000 entities vs spans only',
  async run(context) {
    const files = ensureEnrichedDatasetFiles();
    const sides: Side[] = (['plain', 'enriched'] as const).map((name) => {
      const id = (what: string) => (name === 'plain' ? `plain-${what}` : what);
      const label = name === 'plain' ? 'spans only (same run)' : 'enriched';
      return {
        name,
        file: files[name],
        dialog: metric('import-enriched', id('dialog'), `import ${label}: file → dialog`, 'ms'),
        imported: metric('import-enriched', id('imported'), `import ${label}: Import → done`, 'ms'),
        exported: metric('import-enriched', id('export'), `export ${label}: Export → file`, 'ms'),
        contents: [],
      };
    });
    for (let run = 0; run < RUNS; run++) {
      for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
        const browser = await context.openBrowser();
        try {
          await importAndExport(browser.page, context.appUrl, side);
        } finally {
          await browser.close();
        }
        context.log(
          `import-enriched: run ${run + 1} ${side.name}: dialog ${side.dialog.samples.at(-1)!.toFixed(0)} ms, import ${side.imported.samples.at(-1)!.toFixed(0)} ms, export ${side.exported.samples.at(-1)!.toFixed(0)} ms`,
        );
      }
    }
    const [plain, enriched] = sides as [Side, Side];
    const expected = files.stats;
    const wrong = enriched.contents.filter(
      (c) =>
        c.relations !== expected.relations ||
        c.entities !== expected.entities ||
        c.entityLinks !== expected.entityLinks ||
        c.annotations !== expected.annotations,
    );
    if (wrong.length > 0 || plain.contents.some((c) => c.relations > 0 || c.entityLinks > 0))
      throw new Error(
        `import-enriched: the exports do not hold what was imported: ${JSON.stringify({ enriched: enriched.contents, plain: plain.contents, expected })}`,
      );
    return {
      metrics: [enriched, plain].flatMap((side) => [side.dialog, side.imported, side.exported]),
      details: {
        files: { plain: plain.file, enriched: enriched.file },
        fixture: files.stats,
        runs: RUNS,
        exportedContents: { plain: plain.contents[0], enriched: enriched.contents[0] },
      },
    };
  },
};
