// Opening the 1 MB, 10,000-annotation document from the library: from the click on its title
// to the app's 'marginalia:document-painted' mark (and to the frame after it). Every run is a
// fresh page load of the library, so nothing is cached in the page's memory.

import { mainThreadBreakdown, performanceMetrics } from '../harness/cdp-metrics.ts';
import { loadLibrary, READY_DOCUMENT, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { summarise } from '../harness/statistics.ts';

const WARMUP_RUNS = 1;
const RUNS = 11;

export const openDocumentScenario: Scenario = {
  name: 'open',
  description: 'library → click the title → document and highlights painted',
  async run(context) {
    const painted = metric('open', 'painted', 'open: click → painted mark', 'ms');
    const nextFrame = metric('open', 'next-frame', 'open: click → next frame', 'ms');
    const breakdowns: Record<string, number>[] = [];
    const ranges: number[] = [];
    const browser = await context.openBrowser();
    let seedMs = 0;
    try {
      const { page, cdp } = browser;
      seedMs = await seedLibrary(page, context.appUrl, context.document);
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        await loadLibrary(page, context.appUrl);
        await callProbe(page, 'armOpenProbe');
        const before = await performanceMetrics(cdp);
        await page.locator('.title-link').first().click();
        const timings = await callProbe(page, 'openTimings');
        const after = await performanceMetrics(cdp);
        await page.locator(READY_DOCUMENT).waitFor();
        if (run < WARMUP_RUNS) continue;
        painted.samples.push(timings.paintedAt - timings.clickAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.clickAt);
        breakdowns.push(mainThreadBreakdown(before, after));
        ranges.push(timings.ranges);
      }
    } finally {
      await browser.close();
    }
    context.log(`open: ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    const medianBreakdown = Object.fromEntries(
      Object.keys(breakdowns[0] ?? {}).map((kind) => [kind, Math.round(summarise(breakdowns.map((b) => b[kind]!)).median)]),
    );
    return {
      metrics: [painted, nextFrame],
      details: {
        warmupRuns: WARMUP_RUNS,
        seedWriteMs: Math.round(seedMs),
        highlightRangesAtMark: ranges[0],
        // Performance.getMetrics deltas from just before the click to just after the next
        // frame: main-thread time by kind, medians over the runs (ms).
        mainThreadMs: medianBreakdown,
      },
    };
  },
};
