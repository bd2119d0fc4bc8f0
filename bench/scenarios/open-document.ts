// Opening the 1 MB, 10,000-annotation document from the library: from the click on its title
// to the app's 'marginalia:document-painted' mark, and to the frame after it. Each run is a
// fresh page load of the library, so nothing is cached in the page's memory.
//
// The floor runs in the same loop, alternating with the app (floor, app, floor, app…), so
// that both see the same machine: on a shared 2-core box the load moves within seconds, and
// measuring the floor apart made the ratio swing by half.

import {
  heapAfterGc,
  mainThreadBreakdown,
  medianBreakdown,
  performanceMetrics,
} from '../harness/cdp-metrics.ts';
import { loadLibrary, READY_DOCUMENT, seedLibrary } from '../harness/app-library.ts';
import { floorDataOf, renderFloorPage } from '../harness/floor-page.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const WARMUP_RUNS = 1;
const RUNS = 15;

export const openDocumentScenario: Scenario = {
  name: 'open',
  description: 'library → click the title → document and highlights painted; the floor alongside',
  async run(context) {
    const floorPainted = metric('open', 'floor-painted', 'floor: build → painted frame', 'ms');
    const floorNextFrame = metric('open', 'floor-next-frame', 'floor: build → next frame', 'ms');
    const painted = metric('open', 'painted', 'open: click → painted mark', 'ms');
    const nextFrame = metric('open', 'next-frame', 'open: click → next frame', 'ms');
    const floorData = floorDataOf(context.document);
    const breakdowns: Record<string, number>[] = [];
    const ranges = { app: 0, floor: 0 };
    const browser = await context.openBrowser();
    let seedMs: number;
    let floorHeapMB: number;
    try {
      const { page, cdp } = browser;
      seedMs = await seedLibrary(page, context.appUrl, context.document.rows);
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        const floor = await renderFloorPage(page, context.floorUrl, floorData);

        await loadLibrary(page, context.appUrl);
        await callProbe(page, 'armOpenProbe');
        const before = await performanceMetrics(cdp);
        await page.locator('.title-link').first().click();
        const timings = await callProbe(page, 'openTimings');
        const after = await performanceMetrics(cdp);
        await page.locator(READY_DOCUMENT).waitFor();

        if (run < WARMUP_RUNS) continue;
        floorPainted.samples.push(floor.paintedAt - floor.startedAt);
        floorNextFrame.samples.push(floor.nextFrameAt - floor.startedAt);
        painted.samples.push(timings.paintedAt - timings.clickAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.clickAt);
        breakdowns.push(mainThreadBreakdown(before, after));
        ranges.app = timings.ranges;
        ranges.floor = floor.ranges;
      }
      await renderFloorPage(page, context.floorUrl, floorData);
      await callProbe(page, 'settle');
      floorHeapMB = (await heapAfterGc(cdp)).jsHeapMB;
    } finally {
      await browser.close();
    }
    context.log(`open: ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    context.log(`floor: ${floorNextFrame.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [floorPainted, floorNextFrame, painted, nextFrame],
      details: {
        warmupRuns: WARMUP_RUNS,
        seedWriteMs: Math.round(seedMs),
        highlightRangesRegistered: ranges,
        floorHighlights: 'near-viewport only (±600 px, as the app), one Highlight per label',
        floorHeapMB: Math.round(floorHeapMB * 10) / 10,
        // Performance.getMetrics deltas from just before the click to just after the next
        // frame: main-thread time by kind, medians over the runs (ms).
        mainThreadMs: medianBreakdown(breakdowns),
      },
    };
  },
};
