// Launches Debian's Chromium (never a downloaded browser) with a profile of its own, so that
// IndexedDB persists across page reloads within a test and nothing leaks between tests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ProfileBrowser {
  context: BrowserContext;
  downloadsDir: string;
  close(): Promise<void>;
}

/** A Chromium with a fresh, disk-backed profile (as the app's users have). */
export async function launchProfile(): Promise<ProfileBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'marginalia-profile-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'marginalia-downloads-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    downloadsDir,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}
