// What a benchmark scenario is: a name, and a function that measures and returns samples.
// The runner gives each scenario its own browser and profile, so scenarios cannot disturb
// each other (one that adds annotations leaves the next one's library untouched).

import type { BenchDocument } from '../fixture/bench-document.ts';
import type { BenchBrowser } from './bench-browser.ts';

export type Unit = 'ms' | 'MB' | 'count';

/** One measured quantity: every sample, in `unit`. */
export interface Metric {
  /** Stable id, `scenario/metric`, used by targets and in the JSON. */
  id: string;
  label: string;
  unit: Unit;
  samples: number[];
}

export interface ScenarioResult {
  metrics: Metric[];
  /** Anything worth keeping in the JSON that is not a timing (counts, breakdowns, settings). */
  details?: Record<string, unknown>;
}

export interface BenchContext {
  /** The built renderer, served by scripts/web-server.mjs. */
  appUrl: string;
  /** Where the floor page is served (bench/floor.html, without the app's CSP). */
  floorUrl: string;
  document: BenchDocument;
  /** A fresh browser and profile; the scenario closes it. */
  openBrowser(): Promise<BenchBrowser>;
  log(message: string): void;
}

export interface Scenario {
  name: string;
  description: string;
  run(context: BenchContext): Promise<ScenarioResult>;
}

export function metric(
  scenario: string,
  name: string,
  label: string,
  unit: Unit,
  samples: number[] = [],
): Metric {
  return { id: `${scenario}/${name}`, label, unit, samples };
}
