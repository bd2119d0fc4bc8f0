// The main window and the guards every web contents gets: no new windows, no navigation away
// from app://marginalia, no <webview>, no permissions (electron's security checklist).

import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL, isAppUrl, isExternalWebUrl } from './app-origin.ts';

/** True when running from the source tree (`npm start`), false in an installed build. */
export function isDevelopment(): boolean {
  return !app.isPackaged;
}

/** Creates the one Marginalia window and loads the renderer from app://marginalia. */
export function createMainWindow(): BrowserWindow {
  const mainWindow = new BrowserWindow({
    title: 'Marginalia',
    width: 1280,
    height: 840,
    minWidth: 760,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      // dist/main/preload.cjs, next to the bundled main.cjs this code runs in.
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  // The renderer owns document.title; the window stays "Marginalia".
  mainWindow.on('page-title-updated', (event) => event.preventDefault());
  mainWindow.once('ready-to-show', () => mainWindow.show());
  void mainWindow.loadURL(APP_ENTRY_URL);
  return mainWindow;
}

function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the navigation guards to every web contents the app ever creates. */
export function setupWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/**
 * Denies every permission request (camera, notifications, geolocation, …): Marginalia needs
 * none. Checks are denied too, except writing to the clipboard so "copy" works.
 */
export function setupPermissions(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'clipboard-sanitized-write' && isAppUrl(`${requestingOrigin}/`),
  );
}
