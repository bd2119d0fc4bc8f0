// The actors overview (issue 10: the Entities screen "must stay responsive with 10,000 entities
// and 100,000 annotations"). The library is the timeline benchmark's (bench/fixture/
// timeline-library.ts: 1,000 documents, 100,000 claims each linked to a claimant, a third to a
// target, with their actors and dates) with 10,000 entities instead of 300, seeded into a fresh
// profile. Each run loads the library afresh, then times: the click on the Entities tab to the
// table showing every row's counts (`open`: the library's layers read and folded, the overview
// computed, 300 rows rendered) and to the frame after; a click on the "Claims made" header to
// the rows re-ordered (`sort`, 10,000 entities sorted); a click on the first row's count to its
// list of claims shown (`expand`). Page-side code is source text (see bench/harness/ui-events.ts).

import type { Page } from 'playwright-core';
import { loadLibrary, seedLibraryInChunks } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { TIMELINE_LIBRARY_PARAMETERS, timelineLibraryOf } from '../fixture/timeline-library.ts';

const ENTITIES = 10_000;
const RUNS = 5;
const WARMUP_RUNS = 1;

/**
 * Arms a probe: the next click (capture phase, before the app's handlers) starts the clock, and
 * the first DOM state where `condition` (source text of an expression) holds stops it, then the
 * animation frame after. Resolved by `timings`.
 */
function armClickProbe(page: Page, condition: string): Promise<void> {
  return page.evaluate(`{
    const t = {};
    const onClick = () => { if (t.clickAt === undefined) t.clickAt = performance.now(); };
    document.addEventListener('click', onClick, true);
    globalThis.__actorsProbe = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('never: ' + ${JSON.stringify(condition)})), 30000);
      const check = () => {
        if (t.clickAt === undefined || t.shownAt !== undefined || !(${condition})) return;
        t.shownAt = performance.now();
        observer.disconnect();
        document.removeEventListener('click', onClick, true);
        clearTimeout(timer);
        requestAnimationFrame(() => { t.frameAt = performance.now(); resolve(t); });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    });
    // The block's value would be the promise, which evaluate would wait for: the click first.
    undefined;
  }`);
}

function timings(page: Page): Promise<{ clickAt: number; shownAt: number; frameAt: number }> {
  return page.evaluate('globalThis.__actorsProbe');
}

/** Every shown row's four counts are numbers (no "…" left: the overview is computed). */
const COUNTS_SHOWN = `(() => {
  const cells = document.querySelectorAll('.actor-table tbody tr[data-entity-id] td.numeric');
  return cells.length > 0 && [...cells].every((cell) => /^[0-9]+$/.test(cell.textContent));
})()`;
const SORTED_BY_CLAIMS = `document.querySelector('.actor-table th[aria-sort="descending"]')?.textContent.startsWith('Claims made')`;
const LIST_SHOWN = `document.querySelector('.actor-list li') !== null`;

export const actorsScenario: Scenario = {
  name: 'actors',
  description:
    'Entities screen over 10,000 entities and the 1,000-document library: open, sort by a count, expand',
  async run(context) {
    const open = metric('actors', 'open', 'actors: Entities tab → counts shown', 'ms');
    const openFrame = metric('actors', 'open-frame', 'actors: Entities tab → frame', 'ms');
    const sort = metric('actors', 'sort-frame', 'actors: sort by claims made → frame', 'ms');
    const expand = metric('actors', 'expand-frame', 'actors: count clicked → list frame', 'ms');
    const fixture = timelineLibraryOf({ ...TIMELINE_LIBRARY_PARAMETERS, entities: ENTITIES });
    const browser = await context.openBrowser();
    try {
      const { page } = browser;
      await seedLibraryInChunks(page, context.appUrl, fixture.rows);
      for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
        const counted = run >= WARMUP_RUNS;
        await loadLibrary(page, context.appUrl);

        await armClickProbe(page, COUNTS_SHOWN);
        await page.locator('.tab', { hasText: 'Entities' }).click();
        const opened = await timings(page);
        await callProbe(page, 'settle');

        await armClickProbe(page, SORTED_BY_CLAIMS);
        await page.getByRole('columnheader', { name: 'Claims made' }).getByRole('button').click();
        const sorted = await timings(page);
        await callProbe(page, 'settle');

        await armClickProbe(page, LIST_SHOWN);
        await page
          .locator('.actor-table tbody tr[data-entity-id] [data-count="claimsMade"] button')
          .first()
          .click();
        const expanded = await timings(page);
        await callProbe(page, 'settle');

        if (!counted) continue;
        open.samples.push(opened.shownAt - opened.clickAt);
        openFrame.samples.push(opened.frameAt - opened.clickAt);
        sort.samples.push(sorted.frameAt - sorted.clickAt);
        expand.samples.push(expanded.frameAt - expanded.clickAt);
      }
    } finally {
      await browser.close();
    }
    context.log(`actors: open ${openFrame.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [open, openFrame, sort, expand],
      details: { entities: ENTITIES, ...fixture.stats, runs: RUNS, warmupRuns: WARMUP_RUNS },
    };
  },
};
