// Linking a claim to its claimant by keyboard in the open enriched document (issue 8: "link key
// → relation persisted and the connector painted ≤ 17 ms p50"). Each repetition takes a claim
// that has no link yet (bench/fixture/enriched-library.ts leaves ~380 such claims among the
// 3,000 linked ones), selects it by clicking its row in the side panel's list (which also
// scrolls the document to it), presses `c` (the Claimant combobox takes the focus and lists
// the layer's actors, nearest first), waits until all is quiet, then presses Enter, which links
// the first (nearest) candidate. Timed from the Enter keydown to the new relation's
// 'marginalia:annotation-persisted' mark, to the 'marginalia:connectors-painted' mark after which
// its connector is drawn, and to the animation frame after that (bench/page/link-probe.ts).
// Esc then disarms linking. The claims are spread over the whole document; afterwards the
// stored layer must hold every relation made, each from its claim to an actor.

import { openFromLibrary, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { enrichedLibraryOf } from '../fixture/enriched-library.ts';
import type { StoredRelation } from '../page/write-library.ts';
import { compareAnnotations } from '../../app/model/annotation.ts';
import { ACTOR, CLAIM } from '../../app/model/labels.ts';
import { CLAIMANT } from '../../app/model/relation.ts';

const WARMUP_LINKS = 3;
const LINKS = 40;
const LINK_KEY = 'c';
const COMPLETE_KEY = 'Enter';

export const linkRelationScenario: Scenario = {
  name: 'link',
  description:
    'enriched document, a claim selected: c, then Enter → relation persisted, connector painted',
  async run(context) {
    const persisted = metric('link', 'persisted', 'link: Enter → persisted', 'ms');
    const connectors = metric('link', 'connectors', 'link: Enter → connectors drawn (mark)', 'ms');
    const frame = metric('link', 'connectors-frame', 'link: Enter → connector frame', 'ms');
    const handled = metric('link', 'handled', 'link: Enter → handlers done', 'ms');
    const enriched = enrichedLibraryOf(context.document);
    const [layer] = enriched.rows.layers;
    const sortedClaims = [...layer!.annotations]
      .sort(compareAnnotations)
      .filter((annotation) => annotation.label === CLAIM);
    const count = WARMUP_LINKS + LINKS;
    const stride = enriched.unlinkedClaims.length / count;
    const claims = Array.from(
      { length: count },
      (_, i) => enriched.unlinkedClaims[Math.floor(i * stride)]!,
    );
    const made: { claim: string; relation: string }[] = [];
    let stored: StoredRelation[];
    const browser = await context.openBrowser();
    try {
      const { page } = browser;
      await seedLibrary(page, context.appUrl, enriched.rows);
      await openFromLibrary(page, context.appUrl);
      const claimant = page.getByRole('combobox', { name: 'Claimant' });
      for (const [n, claim] of claims.entries()) {
        // The claims are the list's first group: one header, then the claims before this one.
        await callProbe(page, 'revealListRow', 1, sortedClaims.indexOf(claim));
        await page.locator(`.list-item[data-annotation-id="${claim.id}"]`).click();
        await claimant.waitFor();
        await callProbe(page, 'settle');
        await page.keyboard.press(LINK_KEY);
        // Armed: the combobox has the focus and lists the candidates.
        await page.waitForFunction(
          `document.activeElement?.getAttribute('aria-label') === 'Claimant' &&
            document.querySelector('.relation-field.armed [role="option"]') !== null`,
        );
        await callProbe(page, 'settle');
        await callProbe(page, 'armLinkProbe');
        await page.keyboard.press(COMPLETE_KEY);
        const timings = await callProbe(page, 'linkTimings');
        made.push({ claim: claim.id, relation: timings.relationId });
        await callProbe(page, 'settle');
        await page.keyboard.press('Escape');
        if (n < WARMUP_LINKS) continue;
        persisted.samples.push(timings.persistedAt - timings.keydownAt);
        connectors.samples.push(timings.connectorsAt - timings.keydownAt);
        frame.samples.push(timings.connectorsFrameAt - timings.keydownAt);
        handled.samples.push(timings.handledAt - timings.keydownAt);
      }
      await callProbe(page, 'settle');
      stored = await callProbe(page, 'readLayerRelations', layer!.key);
    } finally {
      await browser.close();
    }
    // Every repetition really added a relation: stored, from its claim, as claimant, to an actor.
    const byId = new Map(stored.map((relation) => [relation.id, relation]));
    const actors = new Set(
      layer!.annotations.filter((a) => a.label === ACTOR).map((annotation) => annotation.id),
    );
    const wrong = made.filter(({ claim, relation }) => {
      const found = byId.get(relation);
      return (
        !found || found.from !== claim || found.type !== CLAIMANT || !actors.has(found.to as never)
      );
    });
    if (wrong.length > 0 || stored.length !== enriched.stats.relations + made.length)
      throw new Error(
        `link: ${wrong.length} of ${made.length} links not stored as made; the layer holds ${stored.length} relations, expected ${enriched.stats.relations + made.length}`,
      );
    context.log(`link: persisted ${persisted.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    context.log(`link: connectors ${connectors.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [persisted, connectors, frame, handled],
      details: {
        warmupLinks: WARMUP_LINKS,
        relationsBefore: enriched.stats.relations,
        relationsAfter: stored.length,
      },
    };
  },
};
