// Adding one span to the open 10,000-annotation document: select a word in a visible
// paragraph (Range + Selection), press 1 (claim) through Playwright's keyboard, and time from
// the keydown to the frame that draws the new highlight, and to the IndexedDB commit.
// The adds are spread over five scroll positions, ten at each, after a few unrecorded ones.

import type { Page } from 'playwright-core';
import type { AddTimings } from '../page/add-probe.ts';
import { openFromLibrary, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const WARMUP_ADDS = 3;
const SCROLL_POSITIONS = [0, 0.2, 0.4, 0.6, 0.8];
const ADDS_PER_POSITION = 10;
const CLAIM_KEY = '1';

/** Selects the `n`-th word choice, tags it as a claim with the key, and waits for paint and commit. */
export async function addClaim(
  page: Page,
  n: number,
  around: (press: () => Promise<AddTimings>) => Promise<AddTimings> = (press) => press(),
): Promise<AddTimings> {
  await callProbe(page, 'selectWordsForAdd', n);
  await callProbe(page, 'settle');
  await callProbe(page, 'armAddProbe', 'claim');
  const timings = await around(async () => {
    await page.keyboard.press(CLAIM_KEY);
    return callProbe(page, 'addTimings');
  });
  await callProbe(page, 'settle');
  return timings;
}

export const addSpanScenario: Scenario = {
  name: 'add',
  description: 'select a word, press 1 → highlight painted / annotation persisted',
  async run(context) {
    const painted = metric('add', 'painted', 'add span: keydown → painted frame', 'ms');
    const nextFrame = metric('add', 'next-frame', 'add span: keydown → next frame', 'ms');
    const handled = metric('add', 'handled', 'add span: keydown → handlers done', 'ms');
    const persisted = metric('add', 'persisted', 'add span: keydown → persisted', 'ms');
    const browser = await context.openBrowser();
    const documentId = context.document.rows.documents[0]!.id;
    let claimsBefore: number;
    let claimsAfter: number;
    try {
      const { page } = browser;
      await seedLibrary(page, context.appUrl, context.document.rows);
      claimsBefore = (await callProbe(page, 'readDocumentRow', documentId))!.counts.claim ?? 0;
      await openFromLibrary(page, context.appUrl);

      let n = 0;
      const addOne = async (record: boolean) => {
        const timings = await addClaim(page, n++);
        if (!record) return;
        painted.samples.push(timings.paintedAt - timings.keydownAt);
        nextFrame.samples.push(timings.nextFrameAt - timings.keydownAt);
        handled.samples.push(timings.handledAt - timings.keydownAt);
        persisted.samples.push(timings.persistedAt - timings.keydownAt);
      };
      for (let i = 0; i < WARMUP_ADDS; i++) await addOne(false);
      for (const position of SCROLL_POSITIONS) {
        await callProbe(page, 'scrollDocumentTo', position);
        await callProbe(page, 'settle');
        for (let i = 0; i < ADDS_PER_POSITION; i++) await addOne(true);
      }
      claimsAfter = (await callProbe(page, 'readDocumentRow', documentId))!.counts.claim ?? 0;
    } finally {
      await browser.close();
    }
    const adds = WARMUP_ADDS + SCROLL_POSITIONS.length * ADDS_PER_POSITION;
    if (claimsAfter - claimsBefore !== adds)
      throw new Error(
        `add: ${adds} claims added but the library counts ${claimsAfter - claimsBefore} more`,
      );
    context.log(`add: painted ${painted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [painted, nextFrame, handled, persisted],
      details: {
        warmupAdds: WARMUP_ADDS,
        scrollPositions: SCROLL_POSITIONS,
        claimsBefore,
        claimsAfter,
      },
    };
  },
};
