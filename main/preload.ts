// The preload of the sandboxed renderer. It exposes `window.marginalia` — eight calls and one
// subscription, exactly MarginaliaBridge — and never ipcRenderer itself (docs/conventions.md §2).
// Sandboxed preloads cannot load other files, so scripts/build.mjs bundles this into one
// CommonJS file whose only require is 'electron'.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  isMenuCommand,
  type MarginaliaBridge,
  type MenuCommand,
} from '../app/ipc/contract.ts';

const bridge: MarginaliaBridge = {
  openDocuments: () => ipcRenderer.invoke(IPC_CHANNELS.openDocuments),
  openImportFiles: () => ipcRenderer.invoke(IPC_CHANNELS.openImportFiles),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupSave, request),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
  readBackup: (name) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, name),
  // Resolves to nothing, whatever main answers: the page learns only that main heard it.
  quitReady: async () => {
    await ipcRenderer.invoke(IPC_CHANNELS.quitReady);
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    // The event (and its sender) stays here; the page sees only a validated command.
    const receive = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, receive);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, receive);
    };
  },
};

contextBridge.exposeInMainWorld('marginalia', bridge);
