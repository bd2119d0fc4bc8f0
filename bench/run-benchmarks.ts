// npm run bench: serves the built renderer (dist/renderer), generates the benchmark document,
// runs each scenario in its own Chromium profile, checks the targets, and reports.
//   node bench/run.mjs [--only open,add] [--renderer-dir DIR]   (after `node scripts/build.mjs --renderer`)
// --renderer-dir serves a copy of the build instead of dist/renderer: where others rebuild the
// same checkout while the bench runs, a copy cannot change (or vanish) under it.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWebServer } from '../scripts/web-server.mjs';
import { createBenchDocument } from './fixture/bench-document.ts';
import { floorUrlOf, openBenchBrowser } from './harness/bench-browser.ts';
import { bundleProbes } from './harness/page-probes.ts';
import { reportJson, reportTable, type BenchReport } from './harness/report.ts';
import type { BenchContext } from './harness/scenario.ts';
import { summarise, type Summary } from './harness/statistics.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { checkTargets } from './targets.ts';

const RESULTS = fileURLToPath(new URL('./results/latest.json', import.meta.url));

const log = (message: string) => console.error(`bench: ${message}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, 'renderer-dir': { type: 'string' } },
  });
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown =
    only?.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  const scenarios = SCENARIOS.filter((scenario) => !only || only.includes(scenario.name));

  const started = performance.now();
  const loadAtStart = loadavg().map((load) => Math.round(load * 100) / 100);
  const document = createBenchDocument();
  log(
    `document: ${document.stats.bytes.toLocaleString('en')} bytes, ${document.stats.paragraphs} paragraphs, ${document.stats.annotations} annotations (${document.stats.overlapping} overlapping), generated in ${document.stats.generatedInMs} ms`,
  );
  const probesScript = await bundleProbes();
  const rendererDir = values['renderer-dir'];
  const server = await startWebServer({
    port: 0,
    ...(rendererDir === undefined ? {} : { outDir: resolve(rendererDir) }),
  });
  let browserVersion = '';
  const context: BenchContext = {
    appUrl: server.url,
    floorUrl: floorUrlOf(server.url),
    document,
    async openBrowser() {
      const browser = await openBenchBrowser(probesScript, server.url);
      if (!browserVersion)
        browserVersion = ((await browser.cdp.send('Browser.getVersion')) as { product: string })
          .product;
      return browser;
    },
    log,
  };

  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    environment: {},
    document: { ...document.stats, id: document.rows.documents[0]!.id },
    scenarios: {},
    targets: [],
  };
  const summaries = new Map<string, Summary>();
  try {
    for (const scenario of scenarios) {
      log(`${scenario.name}: ${scenario.description}`);
      const scenarioStarted = performance.now();
      const result = await scenario.run(context);
      report.scenarios[scenario.name] = {
        description: scenario.description,
        seconds: (performance.now() - scenarioStarted) / 1000,
        ...(result.details ? { details: result.details } : {}),
        metrics: result.metrics.map((metric) => {
          const summary = summarise(metric.samples);
          summaries.set(metric.id, summary);
          return {
            id: metric.id,
            label: metric.label,
            unit: metric.unit,
            summary,
            samples: metric.samples,
          };
        }),
      };
    }
  } finally {
    await server.close();
  }
  report.targets = checkTargets(summaries);
  report.environment = {
    browser: browserVersion,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    // The machine's 1/5/15-minute load averages: above the core count, other work was
    // competing with the benchmark and its figures are slower and noisier than they should be.
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg().map((load) => Math.round(load * 100) / 100),
    totalSeconds: Math.round((performance.now() - started) / 100) / 10,
  };

  const json = reportJson(report);
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  writeFileSync(RESULTS, `${json}\n`);
  console.log(json);
  console.log();
  console.log(reportTable(report));
  console.log(
    `\n(results in ${RESULTS}; p50 = median; ${report.environment.cores} cores, ${report.environment.browser})`,
  );
}

try {
  await main();
} catch (error) {
  console.error(
    `bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
}
