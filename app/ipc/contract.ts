// The one place the renderer ↔ main contract lives (docs/conventions.md §2): channel names, payload
// types, and the validators main runs on every argument before acting. Everything here is
// plain serialisable data, so it crosses contextBridge and IPC structured cloning unchanged.

import { MAX_IMPORT_BYTES } from '../import/check-import-file-size.ts';
import { utf8ByteLengthExceeds } from '../text/utf8-byte-length.ts';
import { err, ok, type Result } from '../result.ts';

export const IPC_CHANNELS = {
  openDocuments: 'marginalia:open-documents',
  saveFile: 'marginalia:save-file',
  appInfo: 'marginalia:app-info',
  /** File → Import…: datasets, annotation files and documents, each read by main. */
  openImportFiles: 'marginalia:open-import-files',
  backupSave: 'marginalia:backup-save',
  backupList: 'marginalia:backup-list',
  backupRead: 'marginalia:backup-read',
  /** renderer → main: the backup asked for by 'prepare-quit' is written; quitting may go on. */
  quitReady: 'marginalia:quit-ready',
  /** main → renderer: a menu item was chosen. */
  menuCommand: 'marginalia:menu-command',
} as const;

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'import-documents',
  'import-file',
  'export-dataset',
  'restore-backup',
  'undo',
  'redo',
  'open-settings',
  'show-library',
  'show-search',
  'show-checks',
  'show-timeline',
  'show-labels',
  'next-annotation',
  'previous-annotation',
  /** Not a menu item: main is about to quit; back up, then call `quitReady()`. */
  'prepare-quit',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Files larger than this are refused before they are read (a document, not a database).
 * Datasets and annotation files in File → Import… are held to the import limit instead,
 * MAX_IMPORT_BYTES (app/import/check-import-file-size.ts), the one the import itself checks.
 */
export const MAX_DOCUMENT_FILE_BYTES = 32 * 1024 * 1024;
/** The most a renderer may ask main to write in one save, in bytes (UTF-8 for text). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/** A file the user picked, read by main; the renderer decodes and normalises it. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface OpenDocumentsResult {
  files: PickedFile[];
  /** Files that could not be read at all (too large, unreadable), each with a reason. */
  refused: { name: string; reason: string }[];
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8; bytes (a zip, such as the brat export) as they are. */
  content: string | Uint8Array;
  filters: FileFilter[];
}

export type SaveFileResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** Why the renderer asks for a backup: after changes (throttled), on quit, or by hand. */
export const BACKUP_REASONS = ['change', 'quit', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupSaveRequest {
  /** The whole database as a serialised Marginalia dataset. */
  content: string;
  reason: BackupReason;
}

declare const backupNameBrand: unique symbol;
/**
 * A backup file name that main generated (backupFileName) or checked (parseBackupName): the
 * only kind of name main reads from the backup folder, so an unchecked one cannot get there.
 */
export type BackupName = string & { readonly [backupNameBrand]: true };

export type BackupSaveResult =
  { status: 'saved'; name: BackupName } | { status: 'failed'; message: string };

/** One backup in the user data folder, as `listBackups` reports it (newest first). */
export interface BackupInfo {
  /** The file name, e.g. marginalia-backup-20250301T142233017Z.json; pass it to `readBackup`. */
  name: string;
  /** ISO 8601, from the name (main's clock when it was written). */
  createdAt: string;
  bytes: number;
}

export type BackupReadResult =
  { status: 'ok'; content: string } | { status: 'failed'; message: string };

/** What the preload exposes as `window.marginalia`: small, named, typed. */
export interface MarginaliaBridge {
  openDocuments(): Promise<OpenDocumentsResult>;
  /** File → Import…: anything importable, each file held to its kind's size limit. */
  openImportFiles(): Promise<OpenDocumentsResult>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  saveBackup(request: BackupSaveRequest): Promise<BackupSaveResult>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<BackupReadResult>;
  /** Answers 'prepare-quit': the quit backup is done (or was not needed). */
  quitReady(): Promise<void>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/u;

/**
 * Bidirectional controls (LRM, RLM, ALM, the embeddings, overrides and isolates): in a file name
 * they make "report\u202Egnp.exe" show as "reportexe.png" in the save dialog.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Every kind of file the app saves: exports, the timeline's pictures, the entity list. */
export const SAVE_EXTENSIONS: readonly string[] = [
  'json',
  'jsonld',
  'jsonl',
  'csv',
  'zip',
  'svg',
  'png',
];

/** Validates a save request coming from the renderer; never trust its shape. */
export function parseSaveFileRequest(value: unknown): Result<SaveFileRequest> {
  if (typeof value !== 'object' || value === null) return err('save request: expected an object');
  const { suggestedName, content, filters } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string' || suggestedName.length === 0 || suggestedName.length > 255)
    return err('save request: suggestedName must be a file name of 1–255 characters');
  if (FILE_NAME_FORBIDDEN.test(suggestedName) || suggestedName.startsWith('.'))
    return err('save request: suggestedName must be a bare file name, not a path');
  if (BIDI_CONTROLS.test(suggestedName))
    return err('save request: suggestedName must not contain bidirectional control characters');
  const extension = /\.([a-z0-9]{1,10})$/i.exec(suggestedName)?.[1]?.toLowerCase();
  if (extension === undefined || !SAVE_EXTENSIONS.includes(extension))
    return err(`save request: suggestedName must end in one of .${SAVE_EXTENSIONS.join(', .')}`);
  // Electron's structured clone delivers a renderer's Uint8Array as a Uint8Array (a Buffer is
  // one too); anything else, an ArrayBuffer or a plain array of numbers, is refused.
  if (typeof content !== 'string' && !(content instanceof Uint8Array))
    return err('save request: content must be a string or bytes (Uint8Array)');
  // Bytes, not a string's UTF-16 units: 512 M units is more than V8's longest string, so a
  // check by length never fired, while 300 M units of Armenian text are 600 MB to write.
  const tooLarge =
    typeof content === 'string'
      ? utf8ByteLengthExceeds(content, MAX_SAVE_BYTES)
      : content.byteLength > MAX_SAVE_BYTES;
  if (tooLarge) return err('save request: content is too large');
  if (!Array.isArray(filters) || filters.length > 10)
    return err('save request: filters must be a short array');
  for (const filter of filters) {
    if (
      typeof filter !== 'object' ||
      filter === null ||
      typeof (filter as FileFilter).name !== 'string' ||
      !Array.isArray((filter as FileFilter).extensions) ||
      !(filter as FileFilter).extensions.every(
        (ext) => typeof ext === 'string' && /^[a-z0-9]{1,10}$/i.test(ext),
      )
    )
      return err('save request: each filter needs a name and alphanumeric extensions');
    // The dialog must offer the kind of file being saved, and nothing else.
    if (!(filter as FileFilter).extensions.every((ext) => ext.toLowerCase() === extension))
      return err(`save request: filters must offer only the file's own extension (.${extension})`);
  }
  return ok({ suggestedName, content, filters: filters as FileFilter[] });
}

/** Extensions that File → Import… reads as datasets or annotation files, not documents. */
export const IMPORT_DATA_EXTENSIONS = ['json', 'jsonld', 'jsonl'] as const;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Whether File → Import… reads `fileName` as a dataset or annotation file, by its extension. */
export function isImportDataFile(fileName: string): boolean {
  return (IMPORT_DATA_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

function formatLimit(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

function formatSize(bytes: number): string {
  // Rounded up, so a file one byte over a 150 MB limit reads "150.1 MB", not "150.0 MB".
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/** The size limit File → Import… holds `fileName` to: datasets and annotations, or documents. */
export function importFileLimit(fileName: string): { maxBytes: number; kind: string } {
  return isImportDataFile(fileName)
    ? {
        maxBytes: MAX_IMPORT_BYTES,
        kind: `datasets and annotation files (.${IMPORT_DATA_EXTENSIONS.join(', .')})`,
      }
    : { maxBytes: MAX_DOCUMENT_FILE_BYTES, kind: 'documents' };
}

/**
 * Why File → Import… refuses a file of `bytes` bytes without reading it, or null if it may be
 * read. Main and the browser fallback give the same message: the file, its size, the limit.
 */
export function importSizeRefusal(fileName: string, bytes: number): string | null {
  const { maxBytes, kind } = importFileLimit(fileName);
  if (bytes <= maxBytes) return null;
  return `${fileName} is ${formatSize(bytes)}; ${kind} over ${formatLimit(maxBytes)} are not imported`;
}

/** Validates a backup request coming from the renderer (its content is checked by main). */
export function parseBackupSaveRequest(value: unknown): Result<BackupSaveRequest> {
  if (typeof value !== 'object' || value === null) return err('backup request: expected an object');
  const { content, reason } = value as Record<string, unknown>;
  if (typeof content !== 'string') return err('backup request: content must be a string');
  // A backup is only worth writing if it can be restored: a restore reads at most
  // MAX_IMPORT_BYTES (app/import/backup-restorable.ts; the renderer checks first and says so).
  if (utf8ByteLengthExceeds(content, MAX_IMPORT_BYTES))
    return err(
      `backup request: content is over the ${formatLimit(MAX_IMPORT_BYTES)} a restore reads, so it could never be restored`,
    );
  if (typeof reason !== 'string' || !(BACKUP_REASONS as readonly string[]).includes(reason))
    return err(`backup request: reason must be one of ${BACKUP_REASONS.join(', ')}`);
  return ok({ content, reason: reason as BackupReason });
}

const BACKUP_NAME = /^marginalia-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.json$/;

/** The name main gives a backup written at `date`: marginalia-backup-YYYYMMDDTHHMMSSmmmZ.json. */
export function backupFileName(date: Date): BackupName {
  // 2025-03-01T14:22:33.017Z → 20250301T142233017Z; sorts by time as plain text.
  return `marginalia-backup-${date.toISOString().replace(/[-:.]/g, '')}.json` as BackupName;
}

/**
 * Accepts only a name `backupFileName` could have produced (a real UTC instant, no folder,
 * nothing else), so a renderer can never reach a file outside the backup folder.
 */
export function parseBackupName(value: unknown): Result<{ name: BackupName; createdAt: Date }> {
  if (typeof value !== 'string') return err('backup name: expected a string');
  const match = BACKUP_NAME.exec(value);
  if (!match)
    return err(
      `backup name: ${JSON.stringify(value.slice(0, 100))} is not a Marginalia backup name`,
    );
  const [, year, month, day, hour, minute, second, millisecond] = match;
  const createdAt = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millisecond}Z`);
  // Round-trip: rejects 20251399T…, which Date would otherwise roll over or refuse.
  if (Number.isNaN(createdAt.getTime()) || backupFileName(createdAt) !== value)
    return err(`backup name: ${JSON.stringify(value)} does not name a real time`);
  return ok({ name: value as BackupName, createdAt });
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
