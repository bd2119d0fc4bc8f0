// Electron main process: a flat list of setup calls (like electron/fiddle). Bundled by
// scripts/build.mjs into dist/main/main.cjs, the "main" of package.json.

import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { IPC_CHANNELS, type MenuCommand } from '../app/ipc/contract.ts';
import { registerAppScheme, setupAppProtocol } from './app-protocol.ts';
import { setupIpc } from './ipc.ts';
import { setupMenu } from './menu.ts';
import { createQuitBackup, type QuitBackup } from './quit-backup.ts';
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

/** Holds quitting and closing the window until the renderer has written a last backup. */
function setupQuitBackup(): QuitBackup {
  const quitBackup = createQuitBackup({
    askRenderer() {
      const window = BrowserWindow.getAllWindows()[0];
      if (window === undefined || window.isDestroyed()) return false;
      const contents = window.webContents;
      // A crashed renderer cannot answer; there is nothing to wait for.
      if (contents.isDestroyed() || contents.isCrashed()) return false;
      const command: MenuCommand = 'prepare-quit';
      contents.send(IPC_CHANNELS.menuCommand, command);
      return true;
    },
    quit: () => app.quit(),
    setTimer: (callback, milliseconds) => setTimeout(callback, milliseconds),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  app.on('before-quit', (event) => quitBackup.beforeQuit(event));
  app.on('browser-window-created', (_event, window) => {
    quitBackup.windowOpened();
    window.on('close', (event) => quitBackup.beforeWindowClose(event, () => window.close()));
  });
  return quitBackup;
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
  const quitBackup = setupQuitBackup();

  void app.whenReady().then(() => {
    setupPermissions();
    setupAppProtocol();
    setupIpc({ onQuitReady: () => quitBackup.rendererReady() });
    setupMenu();
    createMainWindow();
  });
}
