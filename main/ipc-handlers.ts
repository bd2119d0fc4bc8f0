// What main does for each renderer request, as plain functions of their dependencies (dialogs,
// file system) so Vitest runs them in Node against real files. ipc.ts wires them to Electron.
// Every handler checks its sender first, then its arguments (docs/conventions.md §2): a renderer that
// was somehow compromised gets an error, never a dialog or a file.

import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../app/formats/document-import/document-formats.ts';
import {
  IMPORT_DATA_EXTENSIONS,
  importSizeRefusal,
  IPC_CHANNELS,
  MAX_DOCUMENT_FILE_BYTES,
  parseBackupName,
  parseBackupSaveRequest,
  parseSaveFileRequest,
  type AppInfo,
  type OpenDocumentsResult,
  type PickedFile,
  type SaveFileResult,
} from '../app/ipc/contract.ts';
import { err, ok, type Result } from '../app/result.ts';
import { isAppUrl } from './app-origin.ts';
import { listBackups, readBackup, saveBackup, type BackupFilePort } from './backups.ts';
import { describeFileError } from './describe-file-error.ts';

/** The part of an Electron IPC event the handlers look at. */
export interface IpcSender {
  readonly senderFrame: { readonly url: string } | null;
}

/** The two Electron dialogs, already bound to the window that asked. */
export interface DialogPort {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

/** The file-system calls the handlers make; `node:fs/promises` satisfies it. */
export interface FilePort {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
  /** `utf8` applies to text; bytes are written as they are. */
  writeFile(filePath: string, data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
}

/** Where backups live (app.getPath('userData')/backups) and what writes them. */
export interface BackupDependencies {
  folder: string;
  files: BackupFilePort;
  /** Main's clock: it names each backup. */
  now(): Date;
}

export interface IpcHandlerDependencies<Event extends IpcSender> {
  dialogFor(event: Event): DialogPort;
  files: FilePort;
  appInfo: AppInfo;
  backups: BackupDependencies;
  /** The renderer answered 'prepare-quit' (see quit-backup.ts). */
  onQuitReady(): void;
}

type InvokeChannel = Exclude<
  (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS],
  typeof IPC_CHANNELS.menuCommand
>;

/** One handler per invoke channel, in the shape `ipcMain.handle` takes. */
export type IpcHandlers<Event extends IpcSender> = Record<
  InvokeChannel,
  (event: Event, ...args: unknown[]) => Promise<unknown>
>;

/** Import documents offers exactly what the importer takes (DOCUMENT_EXTENSIONS). */
export const DOCUMENT_FILTERS = [{ name: 'Documents', extensions: [...DOCUMENT_EXTENSIONS] }];

/** File → Import… takes anything importable; the first filter, shown by default, has it all. */
export const IMPORT_FILTERS = [
  {
    name: 'Datasets, annotations and documents',
    extensions: [...IMPORT_DATA_EXTENSIONS, ...DOCUMENT_EXTENSIONS],
  },
  { name: 'Datasets and annotations', extensions: [...IMPORT_DATA_EXTENSIONS] },
  ...DOCUMENT_FILTERS,
];

/** Throws unless the request comes from a frame showing app://marginalia. */
export function assertTrustedSender(event: IpcSender, channel: string): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isAppUrl(url)) {
    const from = url === undefined ? 'a destroyed frame' : JSON.stringify(url.slice(0, 200));
    throw new Error(
      `${channel}: refused a request from ${from}; only the Marginalia window may call it`,
    );
  }
}

function assertNoArguments(channel: string, args: unknown[]): void {
  if (args.length > 0) throw new Error(`${channel}: expected no arguments, got ${args.length}`);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads one picked file, refusing (with a reason) what is not a file, or what `refuseSize`
 * refuses by its size before a byte of it is read.
 */
async function readPickedFile(
  files: FilePort,
  filePath: string,
  refuseSize: (bytes: number) => string | null,
): Promise<Result<PickedFile>> {
  try {
    // stat first: a 2 GB file must be refused without reading it into memory.
    const info = await files.stat(filePath);
    if (!info.isFile()) return err('it is not a regular file');
    const tooLarge = refuseSize(info.size);
    if (tooLarge !== null) return err(tooLarge);
    const bytes = await files.readFile(filePath);
    // The file may have grown between stat and read.
    const grown = refuseSize(bytes.byteLength);
    if (grown !== null) return err(grown);
    // A plain Uint8Array copy, not a Buffer: that is what the renderer is promised.
    return ok({ name: path.basename(filePath), bytes: new Uint8Array(bytes) });
  } catch (error) {
    return err(`it could not be read: ${describeFileError(error)}`);
  }
}

/** Reads one picked document, refusing (with a reason) what is not a file or is too large. */
export async function readDocumentFile(
  files: FilePort,
  filePath: string,
): Promise<Result<PickedFile>> {
  const limit = `documents over ${formatMegabytes(MAX_DOCUMENT_FILE_BYTES)} are refused`;
  return readPickedFile(files, filePath, (bytes) =>
    bytes > MAX_DOCUMENT_FILE_BYTES ? `it is ${formatMegabytes(bytes)}; ${limit}` : null,
  );
}

/** Reads one file for File → Import…, held to its kind's limit (see importFileLimit). */
export async function readImportFile(
  files: FilePort,
  filePath: string,
): Promise<Result<PickedFile>> {
  const name = path.basename(filePath);
  return readPickedFile(files, filePath, (bytes) => importSizeRefusal(name, bytes));
}

async function readChosenFiles(
  filePaths: string[],
  read: (filePath: string) => Promise<Result<PickedFile>>,
): Promise<OpenDocumentsResult> {
  const result: OpenDocumentsResult = { files: [], refused: [] };
  for (const filePath of filePaths) {
    const picked = await read(filePath);
    if (picked.ok) result.files.push(picked.value);
    else result.refused.push({ name: path.basename(filePath), reason: picked.error });
  }
  return result;
}

/** Asks the user for documents and reads each; cancelling yields no files and no refusals. */
export async function openDocuments(
  dialog: DialogPort,
  files: FilePort,
): Promise<OpenDocumentsResult> {
  const choice = await dialog.showOpenDialog({
    title: 'Import documents',
    properties: ['openFile', 'multiSelections'],
    filters: DOCUMENT_FILTERS,
  });
  if (choice.canceled) return { files: [], refused: [] };
  return readChosenFiles(choice.filePaths, (filePath) => readDocumentFile(files, filePath));
}

/** File → Import…: asks for datasets, annotation files or documents and reads each. */
export async function openImportFiles(
  dialog: DialogPort,
  files: FilePort,
): Promise<OpenDocumentsResult> {
  const choice = await dialog.showOpenDialog({
    title: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: IMPORT_FILTERS,
  });
  if (choice.canceled) return { files: [], refused: [] };
  return readChosenFiles(choice.filePaths, (filePath) => readImportFile(files, filePath));
}

/** Validates the request, asks where to save, and writes text as UTF-8 or bytes as they are. */
export async function saveFile(
  dialog: DialogPort,
  files: FilePort,
  request: unknown,
): Promise<SaveFileResult> {
  const parsed = parseSaveFileRequest(request);
  // A malformed request is a bug (or an attack), not a user error: reject, show no dialog.
  if (!parsed.ok) throw new Error(`${IPC_CHANNELS.saveFile}: ${parsed.error}`);
  const { suggestedName, content, filters } = parsed.value;
  const choice = await dialog.showSaveDialog({
    title: 'Save',
    defaultPath: suggestedName,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await files.writeFile(choice.filePath, content, 'utf8');
    return { status: 'saved', path: choice.filePath };
  } catch (error) {
    return {
      status: 'failed',
      message: `Could not write ${choice.filePath}: ${describeFileError(error)}`,
    };
  }
}

function assertOneArgument(channel: string, args: unknown[]): void {
  if (args.length !== 1)
    throw new Error(`${channel}: expected one request, got ${args.length} arguments`);
}

/** The handlers for every invoke channel, each checking sender and arguments before acting. */
export function createIpcHandlers<Event extends IpcSender>(
  dependencies: IpcHandlerDependencies<Event>,
): IpcHandlers<Event> {
  const { files, backups } = dependencies;
  // One backup at a time: two saves racing would rotate each other's files.
  let backupQueue: Promise<unknown> = Promise.resolve();
  return {
    [IPC_CHANNELS.openDocuments]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.openDocuments);
      assertNoArguments(IPC_CHANNELS.openDocuments, args);
      return openDocuments(dependencies.dialogFor(event), files);
    },
    [IPC_CHANNELS.openImportFiles]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.openImportFiles);
      assertNoArguments(IPC_CHANNELS.openImportFiles, args);
      return openImportFiles(dependencies.dialogFor(event), files);
    },
    [IPC_CHANNELS.saveFile]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.saveFile);
      assertOneArgument(IPC_CHANNELS.saveFile, args);
      return saveFile(dependencies.dialogFor(event), files, args[0]);
    },
    [IPC_CHANNELS.appInfo]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.appInfo);
      assertNoArguments(IPC_CHANNELS.appInfo, args);
      return { ...dependencies.appInfo };
    },
    [IPC_CHANNELS.backupSave]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.backupSave);
      assertOneArgument(IPC_CHANNELS.backupSave, args);
      const parsed = parseBackupSaveRequest(args[0]);
      if (!parsed.ok) throw new Error(`${IPC_CHANNELS.backupSave}: ${parsed.error}`);
      const saved = backupQueue.then(() =>
        saveBackup(backups.files, backups.folder, parsed.value.content, backups.now()),
      );
      backupQueue = saved.catch(() => undefined);
      return saved;
    },
    [IPC_CHANNELS.backupList]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.backupList);
      assertNoArguments(IPC_CHANNELS.backupList, args);
      return listBackups(backups.files, backups.folder);
    },
    [IPC_CHANNELS.backupRead]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.backupRead);
      assertOneArgument(IPC_CHANNELS.backupRead, args);
      const parsed = parseBackupName(args[0]);
      // Only a name main generated may be read: anything else is a bug or an attack.
      if (!parsed.ok) throw new Error(`${IPC_CHANNELS.backupRead}: ${parsed.error}`);
      return readBackup(backups.files, backups.folder, parsed.value.name);
    },
    [IPC_CHANNELS.quitReady]: async (event, ...args) => {
      assertTrustedSender(event, IPC_CHANNELS.quitReady);
      assertNoArguments(IPC_CHANNELS.quitReady, args);
      dependencies.onQuitReady();
    },
  };
}
