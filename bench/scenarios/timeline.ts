// The timeline of claims (issue 10) on a library of 1,000 documents and 100,000 claims
// (bench/fixture/timeline-library.ts: 95 % of them dated, by days, months, weeks, years and
// intervals over ten years). One browser and profile, the library seeded once. Open: each run a
// fresh page load of the library, from the click on the Timeline tab to the screen's
// 'marginalia:timeline-painted' mark (the library read, the claims built and indexed, the first
// view laid out and rendered) and to the frame after. Then, in the open timeline, zoom: `+` or
// `−` pressed (eight in, eight out, in turns), keydown → painted; and filter: a claimant chosen
// in the Claimant filter (ten entities, each followed by "Anyone" again), input → painted.

import { loadLibrary, seedLibraryInChunks } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { timelineLibraryOf } from '../fixture/timeline-library.ts';

const WARMUP_RUNS = 1;
const OPEN_RUNS = 8;
const WARMUP_ZOOMS = 2;
const ZOOMS = 32;
const FILTER_ENTITIES = 10;

export const timelineScenario: Scenario = {
  name: 'timeline',
  description: 'the timeline of 100,000 claims in 1,000 documents: open, zoom, filter',
  async run(context) {
    const fixture = timelineLibraryOf();
    const painted = metric('timeline', 'painted', 'timeline: tab → painted (100,000 claims)', 'ms');
    const nextFrame = metric('timeline', 'next-frame', 'timeline: tab → next frame', 'ms');
    const zoom = metric('timeline', 'zoom', 'timeline: + or − → painted', 'ms');
    const filter = metric('timeline', 'filter', 'timeline: claimant chosen → painted', 'ms');
    const drawn: number[] = [];
    /** Per open, ms from the click to the screen's marks: library read, claims built, painted. */
    const steps: Record<string, number>[] = [];
    let summary: string;
    const browser = await context.openBrowser();
    try {
      const { page } = browser;
      const seedMs = await seedLibraryInChunks(page, context.appUrl, fixture.rows);
      context.log(`timeline: library seeded in ${seedMs.toFixed(0)} ms`);
      const openTimeline = async () => {
        await callProbe(page, 'armTimelineProbe', 'click');
        await page.getByRole('button', { name: 'Timeline', exact: true }).click();
        return callProbe(page, 'timelineTimings');
      };
      for (let run = 0; run < WARMUP_RUNS + OPEN_RUNS; run++) {
        await loadLibrary(page, context.appUrl);
        const timings = await openTimeline();
        if (run < WARMUP_RUNS) continue;
        steps.push(
          Object.fromEntries(
            Object.entries(timings.steps).map(([name, at]) => [
              name,
              Math.round(at - timings.triggerAt),
            ]),
          ),
        );
        painted.samples.push(timings.paintedAt - timings.triggerAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.triggerAt);
      }
      await callProbe(page, 'settle');
      summary = (await page.getByTestId('timeline-summary').textContent()) ?? '';
      if (!/^9\d,\d{3} claims on the axis/.test(summary))
        throw new Error(
          `timeline: the screen shows “${summary}”, not the library's ~95,000 dated claims`,
        );

      for (let i = 0; i < WARMUP_ZOOMS + ZOOMS; i++) {
        await callProbe(page, 'armTimelineProbe', 'keydown');
        await page.keyboard.press(i % 16 < 8 ? '+' : '-');
        const timings = await callProbe(page, 'timelineTimings');
        await callProbe(page, 'settle');
        drawn.push(timings.entries);
        if (i >= WARMUP_ZOOMS) zoom.samples.push(timings.paintedAt - timings.triggerAt);
      }

      const claimant = page.getByLabel('Claimant', { exact: true });
      const values = (
        await claimant
          .locator('option')
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
      ).filter(Boolean);
      for (const value of values.slice(0, FILTER_ENTITIES).flatMap((entity) => [entity, ''])) {
        await callProbe(page, 'armTimelineProbe', 'input');
        await claimant.selectOption(value);
        const timings = await callProbe(page, 'timelineTimings');
        await callProbe(page, 'settle');
        filter.samples.push(timings.paintedAt - timings.triggerAt);
      }
    } finally {
      await browser.close();
    }
    context.log(`timeline: open ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    context.log(`timeline: open steps ${JSON.stringify(steps)}`);
    return {
      metrics: [painted, nextFrame, zoom, filter],
      details: {
        library: fixture.stats,
        summary,
        entriesDrawnPerZoom: drawn,
        openSteps: steps,
        warmupRuns: WARMUP_RUNS,
      },
    };
  },
};
