// The floor: bench/floor.html with the same text as bare <p> elements and the same spans as
// CSS highlights near the viewport (bench/page/floor.ts), timed from "start building the
// page" to the first frame after it (and to the frame after that). Each run is a fresh load.

import type { Page } from 'playwright-core';
import type { BenchDocument } from '../fixture/bench-document.ts';
import { BENCH_LABELS } from '../fixture/spans.ts';
import type { FloorData } from '../page/floor.ts';
import { heapAfterGc } from '../harness/cdp-metrics.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const WARMUP_RUNS = 1;
const RUNS = 11;

/** The document as the floor page takes it: the text and flat [start, end, label] triples. */
export function floorDataOf(document: BenchDocument): FloorData {
  return {
    text: document.text,
    spans: document.spans.flatMap((span) => [span.start, span.end, BENCH_LABELS.indexOf(span.label)]),
    labels: [...BENCH_LABELS],
  };
}

/** A fresh load of the floor page with the data handed over; building it is what is timed. */
export async function loadFloorPage(page: Page, floorUrl: string, data: FloorData): Promise<void> {
  await page.goto(floorUrl);
  await callProbe(page, 'loadFloorData', data);
  await callProbe(page, 'settle');
}

export const floorScenario: Scenario = {
  name: 'floor',
  description: 'bare <p> + content-visibility + near-viewport CSS highlights: build → painted',
  async run(context) {
    const data = floorDataOf(context.document);
    const painted = metric('floor', 'painted', 'floor: build → painted frame', 'ms');
    const nextFrame = metric('floor', 'next-frame', 'floor: build → next frame', 'ms');
    const heap = metric('floor', 'heap', 'floor: JS heap after GC', 'MB');
    const ranges: number[] = [];
    const browser = await context.openBrowser();
    try {
      const { page, cdp } = browser;
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        await loadFloorPage(page, context.floorUrl, data);
        const timings = await callProbe(page, 'renderFloor');
        if (run < WARMUP_RUNS) continue;
        painted.samples.push(timings.paintedAt - timings.startedAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.startedAt);
        ranges.push(timings.ranges);
      }
      await callProbe(page, 'settle');
      heap.samples.push((await heapAfterGc(cdp)).jsHeapMB);
    } finally {
      await browser.close();
    }
    context.log(`floor: ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [painted, nextFrame, heap],
      details: { warmupRuns: WARMUP_RUNS, highlightRangesRegistered: ranges[0], highlights: 'near-viewport only (±600 px), one Highlight per label' },
    };
  },
};
