// node bench/trace.mjs: where the time goes. Builds the renderer unminified (so function names
// in the profile are the source's) into a temporary folder, then records one Chromium trace
// each of the floor, opening the document and adding a span, after warm-up runs. Writes the
// traces to bench/results/trace-*.json (open them in DevTools' Performance panel or Perfetto)
// and prints, for each measured span, the main thread's busy time, its trace events and
// JavaScript functions by self time, and the IndexedDB backend's work.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { rendererViteConfig } from '../../scripts/build-steps.mjs';
import { startWebServer } from '../../scripts/web-server.mjs';
import { createBenchDocument } from '../fixture/bench-document.ts';
import {
  openFromLibrary,
  loadLibrary,
  READY_DOCUMENT,
  seedLibrary,
} from '../harness/app-library.ts';
import { floorUrlOf, openBenchBrowser } from '../harness/bench-browser.ts';
import { bundleProbes, callProbe } from '../harness/page-probes.ts';
import { addClaim } from '../scenarios/add-span.ts';
import { floorDataOf, loadFloorPage } from '../harness/floor-page.ts';
import { recordTrace, type TraceEvent } from './record-trace.ts';
import { summariseTrace, type TraceSummary } from './summarise-trace.ts';

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const TOP = 14;

function print(title: string, summary: TraceSummary): void {
  console.log(
    `\n== ${title}: ${summary.windowMs.toFixed(1)} ms, main thread busy ${summary.busyMs.toFixed(1)} ms (waiting ${(summary.windowMs - summary.busyMs).toFixed(1)} ms)`,
  );
  console.log('   main-thread tasks ≥ 0.5 ms (start, length: heaviest parts, ms):');
  for (const task of summary.tasks.slice(0, 30))
    console.log(
      `     +${task.atMs.toFixed(1).padStart(6)}  ${task.ms.toFixed(1).padStart(6)} ms  ${task.parts}`,
    );
  console.log('   trace events by self time:');
  for (const event of summary.events.slice(0, TOP))
    console.log(`     ${event.selfMs.toFixed(1).padStart(7)} ms  ${event.name} ×${event.count}`);
  console.log('   JavaScript by self time (sampled; native work is not listed):');
  for (const fn of summary.functions.slice(0, TOP))
    console.log(`     ${fn.selfMs.toFixed(1).padStart(7)} ms  ${fn.name}`);
  if (summary.indexedDb.length > 0) {
    console.log(
      "   IndexedDB (the page's IDB requests and the storage service), overlapping the span:",
    );
    for (const work of summary.indexedDb.slice(0, 8))
      console.log(
        `     ${work.totalMs.toFixed(1).padStart(7)} ms  ${work.name} ×${work.count} (max ${work.maxMs.toFixed(1)})`,
      );
  }
}

function save(name: string, events: TraceEvent[]): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `trace-${name}.json`), JSON.stringify({ traceEvents: events }));
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'marginalia-bench-renderer-'));
  const document = createBenchDocument();
  try {
    await build({
      configFile: rendererViteConfig,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify: false },
    });
    const server = await startWebServer({ port: 0, outDir });
    const browser = await openBenchBrowser(await bundleProbes(), server.url);
    const floorUrl = floorUrlOf(server.url);
    const { page, cdp } = browser;
    try {
      const floorData = floorDataOf(document);
      await loadFloorPage(page, floorUrl, floorData);
      await callProbe(page, 'renderFloor');
      await loadFloorPage(page, floorUrl, floorData);
      const floor = await recordTrace(cdp, async () => void (await callProbe(page, 'renderFloor')));
      save('floor', floor);
      print(
        'floor: build → first frame',
        summariseTrace(floor, 'bench:floor-start', 'bench:floor-painted'),
      );
      print(
        'floor: first frame → next frame',
        summariseTrace(floor, 'bench:floor-painted', 'bench:floor-next-frame'),
      );

      await seedLibrary(page, server.url, document.rows);
      await openFromLibrary(page, server.url);
      await loadLibrary(page, server.url);
      await callProbe(page, 'armOpenProbe');
      const open = await recordTrace(cdp, async () => {
        await page.locator('.title-link').first().click();
        await callProbe(page, 'openTimings');
      });
      save('open', open);
      await page.locator(READY_DOCUMENT).waitFor();
      print(
        'open: click → painted mark',
        summariseTrace(open, 'bench:click', 'marginalia:document-painted'),
      );
      print(
        'open: painted mark → next frame',
        summariseTrace(open, 'marginalia:document-painted', 'bench:next-frame'),
      );

      await callProbe(page, 'settle');
      for (let n = 0; n < 3; n++) await addClaim(page, n);
      let add: TraceEvent[] = [];
      await addClaim(page, 3, async (press) => {
        let timings: Awaited<ReturnType<typeof press>> | undefined;
        add = await recordTrace(cdp, async () => void (timings = await press()));
        return timings!;
      });
      save('add', add);
      print(
        'add: keydown → painted frame',
        summariseTrace(add, 'bench:keydown', 'bench:add-painted'),
      );
      print(
        'add: keydown → persisted',
        summariseTrace(add, 'bench:keydown', 'marginalia:annotation-persisted'),
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log(`\n(traces in ${RESULTS}trace-{floor,open,add}.json)`);
}

try {
  await main();
} catch (error) {
  console.error(
    `bench trace: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
}
