import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS } from '../app/formats/document-import/document-formats.ts';
import {
  IPC_CHANNELS,
  MAX_DOCUMENT_FILE_BYTES,
  type BackupInfo,
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

let backupFolders = 0;

function handlersWith(answers: Parameters<typeof scriptedDialog>[0]) {
  const { dialog, asked } = scriptedDialog(answers);
  const { files, read } = countingFiles();
  const backupFolder = path.join(folder, `user-data-${++backupFolders}`, 'backups');
  // A clock that ticks one second per backup, so each save gets its own name.
  let tick = 0;
  const backupsRead: string[] = [];
  let quitReadyCalls = 0;
  const handlers = createIpcHandlers<IpcSender>({
    dialogFor: () => dialog,
    files,
    appInfo,
    backups: {
      folder: backupFolder,
      files: {
        ...fs,
        async readFile(filePath, encoding) {
          backupsRead.push(filePath);
          return fs.readFile(filePath, encoding);
        },
      },
      now: () => new Date(Date.UTC(2025, 2, 1, 12, 0, tick++)),
    },
    onQuitReady: () => quitReadyCalls++,
  });
  return { handlers, asked, read, backupFolder, backupsRead, quitReadyCalls: () => quitReadyCalls };
}

const dataset = '{\n  "format": "marginalia-dataset",\n  "version": 1\n}\n';
const validBackup = { content: dataset, reason: 'change' };
const backupName = 'marginalia-backup-20250301T120000000Z.json';

const validSave = {
  suggestedName: 'dataset.json',
  content: '{}',
  filters: [{ name: 'JSON', extensions: ['json'] }],
};

describe('sender check', () => {
  const channels = [
    [IPC_CHANNELS.openDocuments, []],
    [IPC_CHANNELS.openImportFiles, []],
    [IPC_CHANNELS.saveFile, [validSave]],
    [IPC_CHANNELS.appInfo, []],
    [IPC_CHANNELS.backupSave, [validBackup]],
    [IPC_CHANNELS.backupList, []],
    [IPC_CHANNELS.backupRead, [backupName]],
    [IPC_CHANNELS.quitReady, []],
  ] as const;

  it.each(channels)(
    '%s refuses a frame from another origin, before any dialog',
    async (channel, args) => {
      const { handlers, asked, backupFolder, quitReadyCalls } = handlersWith({
        open: [],
        save: path.join(folder, 'never.json'),
      });
      const evil: IpcSender = { senderFrame: { url: 'https://evil.example/page' } };
      await expect(handlers[channel](evil, ...args)).rejects.toThrow(
        `${channel}: refused a request from "https://evil.example/page"; only the Marginalia window may call it`,
      );
      expect(asked.open).toHaveLength(0);
      expect(asked.save).toHaveLength(0);
      await expect(fs.readdir(backupFolder)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(quitReadyCalls()).toBe(0);
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
    [[{ ...validSave, content: 42 }], 'save request: content must be a string or bytes'],
    [
      [{ ...validSave, content: [80, 75, 3, 4] }],
      'save request: content must be a string or bytes',
    ],
    [
      [{ ...validSave, content: new ArrayBuffer(4) }],
      'save request: content must be a string or bytes',
    ],
    [
      [{ ...validSave, filters: [{ name: 'x', extensions: ['*'] }] }],
      'save request: each filter needs a name and alphanumeric extensions',
    ],
    // Shown as "reportnosj.exe"… the other way round: the dialog must show what is saved.
    [
      [{ ...validSave, suggestedName: 'report\u202Enosj.exe' }],
      'save request: suggestedName must not contain bidirectional control characters',
    ],
    [
      [{ ...validSave, suggestedName: 'dataset\u2067.json' }],
      'save request: suggestedName must not contain bidirectional control characters',
    ],
    [
      [{ ...validSave, suggestedName: 'setup.exe' }],
      'save request: suggestedName must end in one of .json',
    ],
    [
      [{ ...validSave, filters: [{ name: 'Programs', extensions: ['exe'] }] }],
      "save request: filters must offer only the file's own extension (.json)",
    ],
    [
      [{ ...validSave, filters: [{ name: 'JSON', extensions: ['json', 'bat'] }] }],
      "save request: filters must offer only the file's own extension (.json)",
    ],
  ] as const)('saveFile(%j) is rejected: %s', async (args, message) => {
    const { handlers, asked } = handlersWith({ save: path.join(folder, 'never.json') });
    await expect(handlers[IPC_CHANNELS.saveFile](appWindow, ...args)).rejects.toThrow(message);
    expect(asked.save).toHaveLength(0);
  });
});

describe('argument check of the newer channels', () => {
  it.each([IPC_CHANNELS.openImportFiles, IPC_CHANNELS.backupList, IPC_CHANNELS.quitReady])(
    '%s takes no arguments',
    async (channel) => {
      const { handlers, asked, quitReadyCalls } = handlersWith({ open: [] });
      await expect(handlers[channel](appWindow, 'x')).rejects.toThrow(
        `${channel}: expected no arguments, got 1`,
      );
      expect(asked.open).toHaveLength(0);
      expect(quitReadyCalls()).toBe(0);
    },
  );

  it.each([
    [[], 'marginalia:backup-save: expected one request, got 0 arguments'],
    [[validBackup, validBackup], 'marginalia:backup-save: expected one request, got 2 arguments'],
    [
      [{ content: 42, reason: 'change' }],
      'marginalia:backup-save: backup request: content must be a string',
    ],
    [
      [{ content: dataset, reason: 'nightly' }],
      'marginalia:backup-save: backup request: reason must be one of change, quit, manual',
    ],
  ] as const)('backupSave(%j) is rejected: %s', async (args, message) => {
    const { handlers, backupFolder } = handlersWith({});
    await expect(handlers[IPC_CHANNELS.backupSave](appWindow, ...args)).rejects.toThrow(message);
    await expect(fs.readdir(backupFolder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    [[], 'marginalia:backup-read: expected one request, got 0 arguments'],
    [
      ['../../secret.json'],
      'marginalia:backup-read: backup name: "../../secret.json" is not a Marginalia backup name',
    ],
    [[`${backupName}/../../../secret.json`], 'is not a Marginalia backup name'],
    [[{ name: backupName }], 'marginalia:backup-read: backup name: expected a string'],
  ] as const)('backupRead(%j) is rejected without reading: %s', async (args, message) => {
    const { handlers, backupsRead } = handlersWith({});
    await expect(handlers[IPC_CHANNELS.backupRead](appWindow, ...args)).rejects.toThrow(message);
    expect(backupsRead).toEqual([]);
  });
});

describe('openImportFiles', () => {
  it('offers datasets, annotation files and documents, all together first', async () => {
    const { handlers, asked } = handlersWith({ open: 'cancel' });
    expect(await handlers[IPC_CHANNELS.openImportFiles](appWindow)).toEqual({
      files: [],
      refused: [],
    });
    expect(asked.open[0]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [
        {
          name: 'Datasets, annotations and documents',
          extensions: [
            'json',
            'jsonld',
            'jsonl',
            'txt',
            'text',
            'md',
            'markdown',
            'html',
            'htm',
            'xhtml',
            'docx',
            'pdf',
          ],
        },
        { name: 'Datasets and annotations', extensions: ['json', 'jsonld', 'jsonl'] },
        { name: 'Documents', extensions: DOCUMENT_EXTENSIONS },
      ],
    });
  });

  it('refuses a 200 MB dataset before reading it, naming the file, its size and the limit', async () => {
    const huge = path.join(folder, 'library.json');
    const small = path.join(folder, 'labels.jsonl');
    const handle = await fs.open(huge, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    await fs.writeFile(small, '{"text":"a","label":[]}\n');
    const { handlers, read } = handlersWith({ open: [huge, small] });

    const result = (await handlers[IPC_CHANNELS.openImportFiles](appWindow)) as OpenDocumentsResult;

    expect(result.refused).toEqual([
      {
        name: 'library.json',
        reason:
          'library.json is 200.0 MB; datasets and annotation files (.json, .jsonld, .jsonl) over 150 MB are not imported',
      },
    ]);
    expect(result.files.map((file) => file.name)).toEqual(['labels.jsonl']);
    expect(read).toEqual([small]);
  });

  it('reads a dataset larger than the document limit, but holds documents to it', async () => {
    const datasetFile = path.join(folder, 'big.jsonld');
    const documentFile = path.join(folder, 'big.md');
    for (const file of [datasetFile, documentFile]) {
      const handle = await fs.open(file, 'w');
      await handle.truncate(MAX_DOCUMENT_FILE_BYTES + 1);
      await handle.close();
    }
    const { handlers, read } = handlersWith({ open: [datasetFile, documentFile] });

    const result = (await handlers[IPC_CHANNELS.openImportFiles](appWindow)) as OpenDocumentsResult;

    expect(result.files.map((file) => [file.name, file.bytes.byteLength])).toEqual([
      ['big.jsonld', MAX_DOCUMENT_FILE_BYTES + 1],
    ]);
    expect(result.refused).toEqual([
      { name: 'big.md', reason: 'big.md is 32.1 MB; documents over 32 MB are not imported' },
    ]);
    expect(read).toEqual([datasetFile]);
  });
});

describe('backups', () => {
  it('saves, lists newest first, and reads back a backup', async () => {
    const { handlers, backupFolder } = handlersWith({});
    expect(await handlers[IPC_CHANNELS.backupList](appWindow)).toEqual([]);
    expect(await handlers[IPC_CHANNELS.backupSave](appWindow, validBackup)).toEqual({
      status: 'saved',
      name: backupName,
    });
    const later = { content: dataset.replace('1', '1, "later": true'), reason: 'manual' };
    await handlers[IPC_CHANNELS.backupSave](appWindow, later);

    const listed = (await handlers[IPC_CHANNELS.backupList](appWindow)) as BackupInfo[];
    expect(listed.map((backup) => [backup.name, backup.createdAt])).toEqual([
      ['marginalia-backup-20250301T120001000Z.json', '2025-03-01T12:00:01.000Z'],
      [backupName, '2025-03-01T12:00:00.000Z'],
    ]);
    expect(await handlers[IPC_CHANNELS.backupRead](appWindow, listed[1].name)).toEqual({
      status: 'ok',
      content: dataset,
    });
    expect(path.basename(path.dirname(backupFolder))).toMatch(/^user-data-/);
  });

  it('refuses content that is not a Marginalia dataset, as a value', async () => {
    const { handlers, backupFolder } = handlersWith({});
    const result = await handlers[IPC_CHANNELS.backupSave](appWindow, {
      content: '#!/bin/sh\nrm -rf ~\n',
      reason: 'change',
    });
    expect(result).toMatchObject({ status: 'failed' });
    await expect(fs.readdir(backupFolder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes saves that arrive together one after the other, keeping ten', async () => {
    const { handlers, backupFolder } = handlersWith({});
    const saves = Array.from({ length: 12 }, () =>
      handlers[IPC_CHANNELS.backupSave](appWindow, validBackup),
    );
    const results = await Promise.all(saves);
    expect(results.every((result) => (result as { status: string }).status === 'saved')).toBe(true);
    const left = (await fs.readdir(backupFolder)).sort();
    expect(left).toHaveLength(10);
    expect(left[0]).toBe('marginalia-backup-20250301T120002000Z.json');
  });

  it('reports a backup that is gone as a value', async () => {
    const { handlers } = handlersWith({});
    expect(await handlers[IPC_CHANNELS.backupRead](appWindow, backupName)).toMatchObject({
      status: 'failed',
      message: expect.stringContaining(`Could not restore ${backupName} from `),
    });
  });
});

describe('quitReady', () => {
  it('tells the quit flow the renderer is done, and answers nothing', async () => {
    const { handlers, quitReadyCalls } = handlersWith({});
    expect(await handlers[IPC_CHANNELS.quitReady](appWindow)).toBeUndefined();
    expect(quitReadyCalls()).toBe(1);
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
      // Every extension the importer takes, .text and .xhtml included.
      filters: [
        {
          name: 'Documents',
          extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf'],
        },
      ],
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

  it('writes bytes (a zip) as they are, not as text', async () => {
    const target = path.join(folder, 'chosen.zip');
    // Not valid UTF-8: written as text, 0xff and 0xfe would become replacement characters.
    const content = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]);
    const { handlers } = handlersWith({ save: target });

    expect(
      await handlers[IPC_CHANNELS.saveFile](appWindow, {
        ...validSave,
        suggestedName: 'brat.zip',
        filters: [{ name: 'brat standoff', extensions: ['zip'] }],
        content,
      }),
    ).toEqual({ status: 'saved', path: target });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(content);
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
