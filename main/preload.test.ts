// Runs the real preload bundle (built with scripts/build-steps.mjs's options) in a fresh V8
// context whose only module is a stand-in for Electron's sandboxed preload API.
import { build } from 'esbuild';
import { EventEmitter } from 'node:events';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type MarginaliaBridge, type MenuCommand } from '../app/ipc/contract.ts';
import { mainProcessBuildOptions } from '../scripts/build-steps.mjs';

let preloadCode: string;

beforeAll(async () => {
  const options = mainProcessBuildOptions().find((option) =>
    option.outfile?.endsWith('preload.cjs'),
  );
  const result = await build({ ...options, write: false, sourcemap: false });
  preloadCode = result.outputFiles[0].text;
});

function loadPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { answeredBy: 'main' };
    },
  });
  const required: string[] = [];
  const sandbox = {
    require(id: string) {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
        ipcRenderer,
      };
    },
    module: { exports: {} },
    exports: {},
  };
  vm.runInNewContext(preloadCode, sandbox);
  return { exposed, invoked, ipcRenderer, required };
}

describe('preload', () => {
  it('requires nothing but electron', () => {
    expect(loadPreload().required).toEqual(['electron']);
  });

  it('exposes exactly the MarginaliaBridge as window.marginalia', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['marginalia']);
    expect(Object.keys(exposed.get('marginalia') as object).sort()).toEqual([
      'appInfo',
      'listBackups',
      'onMenuCommand',
      'openDocuments',
      'openImportFiles',
      'quitReady',
      'readBackup',
      'saveBackup',
      'saveFile',
    ]);
  });

  it('invokes one channel per call, passing only the request', async () => {
    const { exposed, invoked } = loadPreload();
    const bridge = exposed.get('marginalia') as MarginaliaBridge;
    const request = { suggestedName: 'a.json', content: '{}', filters: [] };
    const backup = { content: '{"format": "marginalia-dataset"}', reason: 'quit' } as const;
    const name = 'marginalia-backup-20250301T142233017Z.json';
    await bridge.openDocuments();
    await bridge.openImportFiles();
    await bridge.saveFile(request);
    expect(await bridge.appInfo()).toEqual({ answeredBy: 'main' });
    await bridge.saveBackup(backup);
    await bridge.listBackups();
    await bridge.readBackup(name);
    expect(await bridge.quitReady()).toBeUndefined();
    expect(invoked).toEqual([
      [IPC_CHANNELS.openDocuments],
      [IPC_CHANNELS.openImportFiles],
      [IPC_CHANNELS.saveFile, request],
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.backupSave, backup],
      [IPC_CHANNELS.backupList],
      [IPC_CHANNELS.backupRead, name],
      [IPC_CHANNELS.quitReady],
    ]);
  });

  it('delivers only valid menu commands, without the IPC event, until unsubscribed', () => {
    const { exposed, ipcRenderer } = loadPreload();
    const bridge = exposed.get('marginalia') as MarginaliaBridge;
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: MenuCommand[]) => received.push(args));
    const event = { sender: ipcRenderer };

    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'undo');
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'format-disk');
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, { command: 'undo' });
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'next-annotation');
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'prepare-quit');
    unsubscribe();
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'redo');

    expect(received).toEqual([['undo'], ['next-annotation'], ['prepare-quit']]);
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(0);
  });
});
