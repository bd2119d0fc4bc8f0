// Builds bench/page into one script for the bench's browser, and calls its functions by name
// with types (the arrow below has no name, so tsx adds no __name call to it).

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Probes } from '../page/index.ts';

const ENTRY = fileURLToPath(new URL('../page/index.ts', import.meta.url));

/** The page-side code as a classic script that sets globalThis.marginaliaBench. */
export async function bundleProbes(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** Runs one of bench/page's functions in the page and returns its (awaited) result. */
export function callProbe<K extends keyof Probes>(
  page: Page,
  name: K,
  ...args: Parameters<Probes[K]>
): Promise<Awaited<ReturnType<Probes[K]>>> {
  return page.evaluate(
    ({ name, args }) => (globalThis.marginaliaBench[name] as (...a: unknown[]) => unknown)(...args),
    { name, args: args as unknown[] },
  ) as Promise<Awaited<ReturnType<Probes[K]>>>;
}
