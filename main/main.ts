// Electron main process: a flat list of setup calls (like electron/fiddle). Bundled by
// scripts/build.mjs into dist/main/main.cjs, the "main" of package.json.

import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { registerAppScheme, setupAppProtocol } from './app-protocol.ts';
import { setupIpc } from './ipc.ts';
import { setupMenu } from './menu.ts';
import { createMainWindow, setupPermissions, setupWebContentsGuards } from './window.ts';

// Named data folder, whatever package.json's name or productName say and whether we run from
// source or an installer: the annotations' IndexedDB lives there and must be found again.
app.setName('Marginalia');
app.setPath('userData', path.join(app.getPath('appData'), 'Marginalia'));
app.enableSandbox();
registerAppScheme();

function focusMainWindow(): void {
  const existing = BrowserWindow.getAllWindows()[0];
  if (existing === undefined) {
    createMainWindow();
    return;
  }
  if (existing.isMinimized()) existing.restore();
  existing.focus();
}

// A second launch focuses the running window instead of opening the same database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  setupWebContentsGuards();

  void app.whenReady().then(() => {
    setupPermissions();
    setupAppProtocol();
    setupIpc();
    setupMenu();
    createMainWindow();
  });
}
