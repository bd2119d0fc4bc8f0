import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IPC_CHANNELS,
  MAX_DOCUMENT_FILE_BYTES,
  type OpenDocumentsResult,
} from '../app/ipc/contract.ts';
import {
  createIpcHandlers,
  type DialogPort,
  type FilePort,
  type IpcSender,
} from './ipc-handlers.ts';

const appWindow: IpcSender = { senderFrame: { url: 'app://marginalia/index.html' } };
const appInfo = { name: 'Marginalia', version: '0.1.0', platform: 'linux' };

let folder: string;

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'marginalia-ipc-'));
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** A stand-in for Electron's dialogs: answers as scripted and records what it was asked. */
function scriptedDialog(answers: { open?: string[] | 'cancel'; save?: string | 'cancel' }) {
  const asked: { open: OpenDialogOptions[]; save: SaveDialogOptions[] } = { open: [], save: [] };
  const dialog: DialogPort = {
    async showOpenDialog(options) {
      asked.open.push(options);
      const open = answers.open ?? 'cancel';
      return open === 'cancel'
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: open };
    },
    async showSaveDialog(options) {
      asked.save.push(options);
      const save = answers.save ?? 'cancel';
      return save === 'cancel'
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: save };
    },
  };
  return { dialog, asked };
}

/** The real file system, counting which files were read in full. */
function countingFiles() {
  const read: string[] = [];
  const files: FilePort = {
    stat: fs.stat,
    writeFile: fs.writeFile,
    async readFile(filePath) {
      read.push(filePath);
      return fs.readFile(filePath);
    },
  };
  return { files, read };
}

function handlersWith(answers: Parameters<typeof scriptedDialog>[0]) {
  const { dialog, asked } = scriptedDialog(answers);
  const { files, read } = countingFiles();
  const handlers = createIpcHandlers<IpcSender>({ dialogFor: () => dialog, files, appInfo });
  return { handlers, asked, read };
}

const validSave = {
  suggestedName: 'dataset.json',
  content: '{}',
  filters: [{ name: 'JSON', extensions: ['json'] }],
};

describe('sender check', () => {
  const channels = [
    [IPC_CHANNELS.openDocuments, []],
    [IPC_CHANNELS.saveFile, [validSave]],
    [IPC_CHANNELS.appInfo, []],
  ] as const;

  it.each(channels)(
    '%s refuses a frame from another origin, before any dialog',
    async (channel, args) => {
      const { handlers, asked } = handlersWith({ open: [], save: path.join(folder, 'never.json') });
      const evil: IpcSender = { senderFrame: { url: 'https://evil.example/page' } };
      await expect(handlers[channel](evil, ...args)).rejects.toThrow(
        `${channel}: refused a request from "https://evil.example/page"; only the Marginalia window may call it`,
      );
      expect(asked.open).toHaveLength(0);
      expect(asked.save).toHaveLength(0);
    },
  );

  it.each(channels)('%s refuses a destroyed frame', async (channel, args) => {
    const { handlers } = handlersWith({});
    await expect(handlers[channel]({ senderFrame: null }, ...args)).rejects.toThrow(
      'refused a request from a destroyed frame',
    );
  });

  it('refuses a look-alike host', async () => {
    const { handlers } = handlersWith({});
    const lookAlike: IpcSender = { senderFrame: { url: 'app://marginalia.evil/index.html' } };
    await expect(handlers[IPC_CHANNELS.appInfo](lookAlike)).rejects.toThrow('refused a request');
  });
});

describe('argument check', () => {
  it('openDocuments and appInfo take no arguments', async () => {
    const { handlers, asked } = handlersWith({ open: [] });
    await expect(handlers[IPC_CHANNELS.openDocuments](appWindow, '/etc/passwd')).rejects.toThrow(
      'marginalia:open-documents: expected no arguments, got 1',
    );
    await expect(handlers[IPC_CHANNELS.appInfo](appWindow, 1, 2)).rejects.toThrow(
      'marginalia:app-info: expected no arguments, got 2',
    );
    expect(asked.open).toHaveLength(0);
  });

  it.each([
    [[], 'marginalia:save-file: expected one request, got 0 arguments'],
    [[validSave, 'extra'], 'marginalia:save-file: expected one request, got 2 arguments'],
    [['dataset.json'], 'marginalia:save-file: save request: expected an object'],
    [
      [{ ...validSave, suggestedName: '../../.bashrc' }],
      'save request: suggestedName must be a bare file name, not a path',
    ],
    [
      [{ ...validSave, suggestedName: '' }],
      'save request: suggestedName must be a file name of 1–255 characters',
    ],
    [[{ ...validSave, content: 42 }], 'save request: content must be a string'],
    [
      [{ ...validSave, filters: [{ name: 'x', extensions: ['*'] }] }],
      'save request: each filter needs a name and alphanumeric extensions',
    ],
  ] as const)('saveFile(%j) is rejected: %s', async (args, message) => {
    const { handlers, asked } = handlersWith({ save: path.join(folder, 'never.json') });
    await expect(handlers[IPC_CHANNELS.saveFile](appWindow, ...args)).rejects.toThrow(message);
    expect(asked.save).toHaveLength(0);
  });
});

describe('openDocuments', () => {
  it('returns nothing when the dialog is cancelled', async () => {
    const { handlers, asked } = handlersWith({ open: 'cancel' });
    expect(await handlers[IPC_CHANNELS.openDocuments](appWindow)).toEqual({
      files: [],
      refused: [],
    });
    expect(asked.open[0]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Documents', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
    });
  });

  it('reads every picked file as plain bytes', async () => {
    const notes = path.join(folder, 'notes.md');
    const page = path.join(folder, 'page.html');
    await fs.writeFile(notes, '# Zoë’s notes 🦉\n');
    await fs.writeFile(page, '<p>hi</p>');
    const { handlers } = handlersWith({ open: [notes, page] });

    const result = (await handlers[IPC_CHANNELS.openDocuments](appWindow)) as OpenDocumentsResult;

    expect(result.refused).toEqual([]);
    expect(result.files.map((file) => file.name)).toEqual(['notes.md', 'page.html']);
    const [first] = result.files;
    expect(Object.getPrototypeOf(first.bytes)).toBe(Uint8Array.prototype);
    expect(new TextDecoder().decode(first.bytes)).toBe('# Zoë’s notes 🦉\n');
  });

  it('refuses an oversized file without reading it, and keeps the others', async () => {
    const huge = path.join(folder, 'huge.txt');
    const small = path.join(folder, 'small.txt');
    // Sparse: one byte over the limit costs no disk.
    const handle = await fs.open(huge, 'w');
    await handle.truncate(MAX_DOCUMENT_FILE_BYTES + 1);
    await handle.close();
    await fs.writeFile(small, 'ok');
    const { handlers, read } = handlersWith({ open: [huge, small] });

    const result = (await handlers[IPC_CHANNELS.openDocuments](appWindow)) as OpenDocumentsResult;

    expect(result.refused).toEqual([
      { name: 'huge.txt', reason: 'it is 32.0 MB; documents over 32.0 MB are refused' },
    ]);
    expect(result.files.map((file) => file.name)).toEqual(['small.txt']);
    expect(read).toEqual([small]);
  });

  it('refuses folders and files that vanished, with a reason each', async () => {
    const subfolder = path.join(folder, 'a-folder.md');
    await fs.mkdir(subfolder, { recursive: true });
    const { handlers } = handlersWith({ open: [subfolder, path.join(folder, 'gone.txt')] });

    const result = (await handlers[IPC_CHANNELS.openDocuments](appWindow)) as OpenDocumentsResult;

    expect(result.files).toEqual([]);
    expect(result.refused).toEqual([
      { name: 'a-folder.md', reason: 'it is not a regular file' },
      { name: 'gone.txt', reason: 'it could not be read: no such file or folder' },
    ]);
  });
});

describe('saveFile', () => {
  it('offers the suggested name and filters, and writes nothing when cancelled', async () => {
    const { handlers, asked } = handlersWith({ save: 'cancel' });
    expect(await handlers[IPC_CHANNELS.saveFile](appWindow, validSave)).toEqual({
      status: 'cancelled',
    });
    expect(asked.save[0]).toMatchObject({
      defaultPath: 'dataset.json',
      filters: validSave.filters,
    });
  });

  it('writes the content as UTF-8 where the user chose', async () => {
    const target = path.join(folder, 'chosen.json');
    const content = '{"quote":"Zoë said “no” 🦉"}';
    const { handlers } = handlersWith({ save: target });

    expect(await handlers[IPC_CHANNELS.saveFile](appWindow, { ...validSave, content })).toEqual({
      status: 'saved',
      path: target,
    });
    expect(await fs.readFile(target)).toEqual(Buffer.from(content, 'utf8'));
  });

  it('reports a failed write as a value, naming the file', async () => {
    const target = path.join(folder, 'no-such-folder', 'out.json');
    const { handlers } = handlersWith({ save: target });

    expect(await handlers[IPC_CHANNELS.saveFile](appWindow, validSave)).toEqual({
      status: 'failed',
      message: `Could not write ${target}: no such file or folder`,
    });
  });
});

describe('appInfo', () => {
  it('answers the app window with name, version and platform', async () => {
    const { handlers } = handlersWith({});
    expect(await handlers[IPC_CHANNELS.appInfo](appWindow)).toEqual(appInfo);
  });
});
