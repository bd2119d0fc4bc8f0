// Opening the review of the 1 MB document with 10,000 annotations per side (the analyst's and a
// colleague's): from the click on "Review" in the open document to the app's
// 'marginalia:review-painted' mark (text, span groups compared and painted), and to the frame
// after it. Each run starts from a fresh page load, so the review is built from IndexedDB.

import {
  mainThreadBreakdown,
  medianBreakdown,
  performanceMetrics,
} from '../harness/cdp-metrics.ts';
import { openFromLibrary, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { reviewLibraryRowsOf } from '../fixture/review-library.ts';

const WARMUP_RUNS = 1;
const RUNS = 9;
const READY_REVIEW = '.review-screen .document-scroll[data-ready="true"]';

export const openReviewScenario: Scenario = {
  name: 'review',
  description: 'open document → click Review → two 10,000-annotation layers compared and painted',
  async run(context) {
    const painted = metric('review', 'painted', 'review: click → painted mark', 'ms');
    const nextFrame = metric('review', 'next-frame', 'review: click → next frame', 'ms');
    const breakdowns: Record<string, number>[] = [];
    const rows = reviewLibraryRowsOf(context.document);
    let ranges = 0;
    let openGroups = '';
    const browser = await context.openBrowser();
    try {
      const { page, cdp } = browser;
      await seedLibrary(page, context.appUrl, rows);
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        await openFromLibrary(page, context.appUrl);
        await callProbe(page, 'armOpenProbe', 'marginalia:review-painted');
        const before = await performanceMetrics(cdp);
        await page.getByRole('button', { name: 'Review', exact: true }).click();
        const timings = await callProbe(page, 'openTimings');
        const after = await performanceMetrics(cdp);
        await page.locator(READY_REVIEW).waitFor();
        openGroups = (await page.locator('.review-counts').textContent()) ?? '';

        if (run < WARMUP_RUNS) continue;
        painted.samples.push(timings.paintedAt - timings.clickAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.clickAt);
        breakdowns.push(mainThreadBreakdown(before, after));
        ranges = timings.ranges;
      }
    } finally {
      await browser.close();
    }
    context.log(`review: ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [painted, nextFrame],
      details: {
        warmupRuns: WARMUP_RUNS,
        annotationsPerLayer: rows.layers.map((layer) => layer.annotations.length),
        header: openGroups.trim(),
        highlightRangesRegistered: ranges,
        mainThreadMs: medianBreakdown(breakdowns),
      },
    };
  },
};
