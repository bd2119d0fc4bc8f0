// Wires ipc-handlers.ts to Electron: one ipcMain.handle per invoke channel.

import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain } from 'electron';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { createIpcHandlers, type DialogPort } from './ipc-handlers.ts';

function dialogFor(event: IpcMainInvokeEvent): DialogPort {
  // Modal to the asking window when there is one, so the dialog cannot get lost behind it.
  const owner = BrowserWindow.fromWebContents(event.sender);
  return {
    showOpenDialog: (options) =>
      owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options),
    showSaveDialog: (options) =>
      owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options),
  };
}

export interface IpcSetup {
  /** The renderer finished its quit backup (quit-backup.ts's `rendererReady`). */
  onQuitReady(): void;
}

/** Registers the handler of every renderer → main channel. */
export function setupIpc({ onQuitReady }: IpcSetup): void {
  const handlers = createIpcHandlers<IpcMainInvokeEvent>({
    dialogFor,
    files: { stat: fs.stat, readFile: fs.readFile, writeFile: fs.writeFile },
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    backups: {
      // Next to the IndexedDB it backs up; created by the first save.
      folder: path.join(app.getPath('userData'), 'backups'),
      files: fs,
      now: () => new Date(),
    },
    onQuitReady,
  });
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}
