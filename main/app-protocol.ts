// Registers and serves the app:// scheme (see app-origin.ts for why not file://).

import { app, protocol } from 'electron';
import path from 'node:path';
import { APP_SCHEME } from './app-origin.ts';
import { serveAppFile } from './serve-app-file.ts';

/**
 * Must run before `app` is ready: Chromium fixes scheme privileges at startup. Standard +
 * secure makes app:// a real origin with IndexedDB and module scripts; nothing bypasses CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** The built renderer: dist/renderer beside package.json, inside app.asar once packaged. */
export function rendererDirectory(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

/** Serves dist/renderer on app://marginalia/ for the default session. */
export function setupAppProtocol(): void {
  const root = rendererDirectory();
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request, root));
}
