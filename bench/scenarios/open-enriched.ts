// Opening the enriched document (issue 8): the bench document with 3,000 claims linked to a
// claimant and a date, 2,000 actors linked to entities of a 1,000-entity list, values on the
// linked dates and a publication date (bench/fixture/enriched-library.ts), against the same
// document without any enrichment, measured in the same run. Two browsers, each with its own
// fresh profile and library, one plain and one enriched; the runs alternate between them
// (plain, enriched, plain, enriched…, the first pair not counted) so that both see the same
// machine load. Each run is a fresh page load of the library, timed as the open scenario: from
// the click on the title to the app's 'marginalia:document-painted' mark and the frame after.

import { loadLibrary, READY_DOCUMENT, seedLibrary } from '../harness/app-library.ts';
import type { BenchBrowser } from '../harness/bench-browser.ts';
import {
  mainThreadBreakdown,
  medianBreakdown,
  performanceMetrics,
} from '../harness/cdp-metrics.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Metric, type Scenario } from '../harness/scenario.ts';
import { enrichedLibraryOf } from '../fixture/enriched-library.ts';

const WARMUP_RUNS = 1;
const RUNS = 15;

interface Side {
  name: 'plain' | 'enriched';
  browser: BenchBrowser;
  painted: Metric;
  nextFrame: Metric;
  breakdowns: Record<string, number>[];
  /** Side-panel rows showing what an annotation carries (a claim's claimant and date…). */
  carried: number;
}

export const openEnrichedScenario: Scenario = {
  name: 'open-enriched',
  description:
    'open the document with 6,000 relations and 2,000 entity links vs the same without, alternating',
  async run(context) {
    const enriched = enrichedLibraryOf(context.document);
    const sides: Side[] = [];
    try {
      for (const [name, rows] of [
        ['plain', context.document.rows],
        ['enriched', enriched.rows],
      ] as const) {
        const browser = await context.openBrowser();
        const label = name === 'plain' ? 'open plain (same run)' : 'open enriched';
        const prefix = name === 'plain' ? 'plain-' : '';
        sides.push({
          name,
          browser,
          painted: metric('open-enriched', `${prefix}painted`, `${label}: click → painted`, 'ms'),
          nextFrame: metric(
            'open-enriched',
            `${prefix}next-frame`,
            `${label}: click → next frame`,
            'ms',
          ),
          breakdowns: [],
          carried: 0,
        });
        await seedLibrary(browser.page, context.appUrl, rows);
      }
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        // Which side goes first alternates too, so neither always follows the other's load.
        const order = run % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const { page, cdp } = side.browser;
          await loadLibrary(page, context.appUrl);
          await callProbe(page, 'armOpenProbe');
          const before = await performanceMetrics(cdp);
          await page.locator('.title-link').first().click();
          const timings = await callProbe(page, 'openTimings');
          const after = await performanceMetrics(cdp);
          await page.locator(READY_DOCUMENT).waitFor();
          if (run === 0) {
            await callProbe(page, 'settle');
            side.carried = await page.locator('.annotation-list .list-carried').count();
          }
          if (run < WARMUP_RUNS) continue;
          side.painted.samples.push(timings.paintedAt - timings.clickAt);
          side.nextFrame.samples.push(timings.nextFrameAt - timings.clickAt);
          side.breakdowns.push(mainThreadBreakdown(before, after));
        }
      }
    } finally {
      for (const side of sides) await side.browser.close();
    }
    const [plain, rich] = sides as [Side, Side];
    // The enrichment must be what was opened: the side panel shows claimants and dates.
    if (rich.carried === 0 || plain.carried !== 0)
      throw new Error(
        `open-enriched: ${rich.carried} enriched and ${plain.carried} plain list rows show links`,
      );
    for (const side of sides)
      context.log(
        `open-enriched: ${side.name} ${side.painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`,
      );
    return {
      metrics: [rich.painted, rich.nextFrame, plain.painted, plain.nextFrame],
      details: {
        warmupRuns: WARMUP_RUNS,
        enrichment: enriched.stats,
        listRowsShowingLinks: { enriched: rich.carried, plain: plain.carried },
        mainThreadMs: {
          enriched: medianBreakdown(rich.breakdowns),
          plain: medianBreakdown(plain.breakdowns),
        },
      },
    };
  },
};
