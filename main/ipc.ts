// Wires ipc-handlers.ts to Electron: one ipcMain.handle per invoke channel.

import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
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

/** Registers the handler of every renderer → main channel. */
export function setupIpc(): void {
  const handlers = createIpcHandlers<IpcMainInvokeEvent>({
    dialogFor,
    files: { stat, readFile, writeFile },
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
  });
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}
