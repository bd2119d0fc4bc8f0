// The one place the renderer ↔ main contract lives (STYLE.md §2): channel names, payload
// types, and the validators main runs on every argument before acting. Everything here is
// plain serialisable data, so it crosses contextBridge and IPC structured cloning unchanged.

import { err, ok, type Result } from '../result.ts';

export const IPC_CHANNELS = {
  openDocuments: 'marginalia:open-documents',
  saveFile: 'marginalia:save-file',
  appInfo: 'marginalia:app-info',
  /** main → renderer: a menu item was chosen. */
  menuCommand: 'marginalia:menu-command',
} as const;

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'import-documents',
  'export-dataset',
  'undo',
  'redo',
  'open-settings',
  'show-library',
  'next-annotation',
  'previous-annotation',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Files larger than this are refused before they are read (a document, not a database). */
export const MAX_DOCUMENT_FILE_BYTES = 32 * 1024 * 1024;
/** The most a renderer may ask main to write in one save. */
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
  content: string;
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

/** What the preload exposes as `window.marginalia`: small, named, typed. */
export interface MarginaliaBridge {
  openDocuments(): Promise<OpenDocumentsResult>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/u;

/** Validates a save request coming from the renderer; never trust its shape. */
export function parseSaveFileRequest(value: unknown): Result<SaveFileRequest> {
  if (typeof value !== 'object' || value === null) return err('save request: expected an object');
  const { suggestedName, content, filters } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string' || suggestedName.length === 0 || suggestedName.length > 255)
    return err('save request: suggestedName must be a file name of 1–255 characters');
  if (FILE_NAME_FORBIDDEN.test(suggestedName) || suggestedName.startsWith('.'))
    return err('save request: suggestedName must be a bare file name, not a path');
  if (typeof content !== 'string') return err('save request: content must be a string');
  if (content.length > MAX_SAVE_BYTES) return err('save request: content is too large');
  if (!Array.isArray(filters) || filters.length > 10) return err('save request: filters must be a short array');
  for (const filter of filters) {
    if (
      typeof filter !== 'object' ||
      filter === null ||
      typeof (filter as FileFilter).name !== 'string' ||
      !Array.isArray((filter as FileFilter).extensions) ||
      !(filter as FileFilter).extensions.every((ext) => typeof ext === 'string' && /^[a-z0-9]{1,10}$/i.test(ext))
    )
      return err('save request: each filter needs a name and alphanumeric extensions');
  }
  return ok({ suggestedName, content, filters: filters as FileFilter[] });
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
