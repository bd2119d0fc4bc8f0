// Opening the review of the 1 MB document with enrichment on both sides (issue 9): each layer
// has 10,000 annotations, 6,000 relations and 2,000 entity links (bench/fixture/
// enriched-review-library.ts). The review is first opened once and "Accept all agreed" clicked,
// which reconciles the agreed spans and carries the links, entities and values both gave, so the
// review opened afterwards compares every reconciled claim's links, actor's entity and date's
// value and paints the conflicts: the heaviest state a reviewer reopens. Then, from a fresh page
// load each time, from the click on "Review" to the 'marginalia:review-painted' mark and the
// frame after it. The plain review (the `review` scenario) is the same without enrichment.

import {
  mainThreadBreakdown,
  medianBreakdown,
  performanceMetrics,
} from '../harness/cdp-metrics.ts';
import { openFromLibrary, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { enrichedReviewLibraryOf } from '../fixture/enriched-review-library.ts';

const WARMUP_RUNS = 1;
const RUNS = 9;
const READY_REVIEW = '.review-screen .document-scroll[data-ready="true"]';

export const openReviewEnrichedScenario: Scenario = {
  name: 'review-enriched',
  description:
    'open the review of two enriched 10,000-annotation layers after "Accept all agreed": spans, links, entities and values compared and painted',
  async run(context) {
    const painted = metric('review-enriched', 'painted', 'review enriched: click → painted mark', 'ms');
    const nextFrame = metric('review-enriched', 'next-frame', 'review enriched: click → next frame', 'ms');
    const breakdowns: Record<string, number>[] = [];
    const library = enrichedReviewLibraryOf(context.document);
    let before: string;
    let after = '';
    const browser = await context.openBrowser();
    try {
      const { page, cdp } = browser;
      await seedLibrary(page, context.appUrl, library.rows);
      await openFromLibrary(page, context.appUrl);
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.locator(READY_REVIEW).waitFor();
      before = ((await page.locator('.review-counts').textContent()) ?? '').trim();
      await page.getByRole('button', { name: 'Accept all agreed' }).click();
      await page.locator('.review-kinds [data-kind="link"]').waitFor();
      await callProbe(page, 'settle');
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        await openFromLibrary(page, context.appUrl);
        await callProbe(page, 'armOpenProbe', 'marginalia:review-painted');
        const metricsBefore = await performanceMetrics(cdp);
        await page.getByRole('button', { name: 'Review', exact: true }).click();
        const timings = await callProbe(page, 'openTimings');
        const metricsAfter = await performanceMetrics(cdp);
        await page.locator(READY_REVIEW).waitFor();
        after = ((await page.locator('.review-progress').textContent()) ?? '').trim();
        if (run < WARMUP_RUNS) continue;
        painted.samples.push(timings.paintedAt - timings.clickAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.clickAt);
        breakdowns.push(mainThreadBreakdown(metricsBefore, metricsAfter));
      }
    } finally {
      await browser.close();
    }
    context.log(`review-enriched: ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [painted, nextFrame],
      details: {
        warmupRuns: WARMUP_RUNS,
        relationsPerLayer: library.relationsPerLayer,
        headerBeforeAcceptingAgreed: before,
        headerWhenReopened: after,
        mainThreadMs: medianBreakdown(breakdowns),
      },
    };
  },
};
