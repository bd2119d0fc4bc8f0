// A Chromium for one scenario: Debian's browser with a fresh disk-backed profile (as in the
// e2e tests), the page probes installed in every page, the floor page served, and a CDP
// session for heap and metrics.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchProfile } from '../../e2e/browser.ts';

const FLOOR_HTML = readFileSync(fileURLToPath(new URL('../floor.html', import.meta.url)), 'utf8');

/** Where the floor page is, next to the app: answered by the browser itself, so none of the preview server's headers (the app's CSP) apply. */
export function floorUrlOf(appUrl: string): string {
  return `${appUrl}__bench/floor.html`;
}

export interface BenchBrowser {
  page: Page;
  cdp: CDPSession;
  /** Uncaught errors in the page so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBenchBrowser(
  probesScript: string,
  appUrl: string,
): Promise<BenchBrowser> {
  const profile = await launchProfile();
  await profile.context.addInitScript({ content: probesScript });
  await profile.context.route(floorUrlOf(appUrl), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLOOR_HTML }),
  );
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await profile.context.newCDPSession(page);
  // Performance.getMetrics needs the domain on; it is on in every scenario alike.
  await cdp.send('Performance.enable');
  return {
    page,
    cdp,
    errors,
    async close() {
      await cdp.detach().catch(() => {});
      await profile.close();
      if (errors.length > 0) throw new Error(`uncaught errors in the page: ${errors.join(' | ')}`);
    },
  };
}
