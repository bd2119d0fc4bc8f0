// Suggestions in the open bench document (issue 10): the 1 MB text read for dates (chrono) and
// for the 4,000-odd distinct quotes of its 10,000 annotations tagged elsewhere, paragraph by
// paragraph while the browser is idle, after the first paint. Timed from the click on the title
// to the app's 'marginalia:document-painted' mark (which must not move: suggestions stay off the
// open path) and to its 'marginalia:suggestions-found' mark; each run a fresh page load.

import { loadLibrary, READY_DOCUMENT, seedLibrary } from '../harness/app-library.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const WARMUP_RUNS = 1;
const RUNS = 5;

export const suggestionsScenario: Scenario = {
  name: 'suggestions',
  description: 'open the 1 MB document → painted, then every suggestion found while idle',
  async run(context) {
    const painted = metric('suggestions', 'painted', 'suggestions: click → document painted', 'ms');
    const found = metric('suggestions', 'found', 'suggestions: click → all found (idle)', 'ms');
    const browser = await context.openBrowser();
    let count = 0;
    try {
      const { page } = browser;
      await seedLibrary(page, context.appUrl, context.document.rows);
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        await loadLibrary(page, context.appUrl);
        const clickAt = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              addEventListener('click', (event) => resolve(event.timeStamp), {
                capture: true,
                once: true,
              });
              document.querySelector<HTMLElement>('.title-link')!.click();
            }),
        );
        await page.locator(READY_DOCUMENT).waitFor();
        const marks = await page.waitForFunction(
          () => {
            const [paintedMark] = performance.getEntriesByName('marginalia:document-painted');
            const [foundMark] = performance.getEntriesByName(
              'marginalia:suggestions-found',
            ) as PerformanceMark[];
            return paintedMark && foundMark
              ? {
                  paintedAt: paintedMark.startTime,
                  foundAt: foundMark.startTime,
                  count: (foundMark.detail as { count: number }).count,
                }
              : null;
          },
          undefined,
          { timeout: 120_000, polling: 100 },
        );
        const { paintedAt, foundAt, count: shown } = (await marks.jsonValue())!;
        if (run < WARMUP_RUNS) continue;
        painted.samples.push(paintedAt - clickAt);
        found.samples.push(foundAt - clickAt);
        count = shown;
      }
    } finally {
      await browser.close();
    }
    context.log(
      `suggestions: found ${found.samples.map((ms) => ms.toFixed(0)).join(' ')} ms (${count} shown)`,
    );
    return {
      metrics: [painted, found],
      details: { warmupRuns: WARMUP_RUNS, suggestionsShown: count },
    };
  },
};
