// The renderer's JavaScript heap with the document open, after a full garbage collection,
// next to the same figure for the library alone (so the document's own share shows).

import { heapAfterGc } from '../harness/cdp-metrics.ts';
import { loadLibrary, READY_DOCUMENT, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const RUNS = 3;

export const rendererHeapScenario: Scenario = {
  name: 'heap',
  description: 'JS heap after GC: library, then the document open',
  async run(context) {
    const library = metric('heap', 'library', 'heap: library (JS, after GC)', 'MB');
    const documentHeap = metric('heap', 'document', 'heap: document open (JS, after GC)', 'MB');
    const blink = metric('heap', 'document-blink', 'heap: document open (Blink, after GC)', 'MB');
    const nodes: number[] = [];
    const browser = await context.openBrowser();
    try {
      const { page, cdp } = browser;
      await seedLibrary(page, context.appUrl, context.document.rows);
      for (let run = 0; run < RUNS; run++) {
        await loadLibrary(page, context.appUrl);
        library.samples.push((await heapAfterGc(cdp)).jsHeapMB);
        await page.locator('.title-link').first().click();
        await page.locator(READY_DOCUMENT).waitFor();
        // Idle work after opening (compacting the journal) has run too.
        await callProbe(page, 'settle');
        await callProbe(page, 'idle', 6000);
        const usage = await heapAfterGc(cdp);
        documentHeap.samples.push(usage.jsHeapMB);
        blink.samples.push(usage.blinkHeapMB);
        nodes.push(usage.nodes);
      }
    } finally {
      await browser.close();
    }
    return {
      metrics: [library, documentHeap, blink],
      details: { domNodesWithDocumentOpen: nodes },
    };
  },
};
