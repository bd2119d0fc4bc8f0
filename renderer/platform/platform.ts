// The renderer talks to the outside world through this interface: in Electron through the
// preload's narrow bridge (window.marginalia), in a plain browser (npm run web, the e2e tests)
// through a file input and downloads. Components never know which one they have.

import type {
  BackupInfo,
  BackupReadResult,
  BackupReason,
  BackupSaveResult,
  MenuCommand,
  OpenDocumentsResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../app/ipc/contract.ts';
import { DOCUMENT_EXTENSIONS } from '../../app/formats/document-import/document-formats.ts';
import {
  IMPORT_DATA_EXTENSIONS,
  importSizeRefusal,
  MAX_DOCUMENT_FILE_BYTES,
} from '../../app/ipc/contract.ts';

/** Rolling backups in the user data folder, kept by main (Electron only). */
export interface PlatformBackups {
  /** `content` is the whole database as a serialised Marginalia dataset. */
  save(content: string, reason: BackupReason): Promise<BackupSaveResult>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<BackupReadResult>;
  /** Answers the 'prepare-quit' command once the quit backup is written (or skipped). */
  quitReady(): Promise<void>;
}

/**
 * What the platform saves: text, bytes, or a Blob (an export made in the library worker, which
 * a download takes as it is, so the window never holds or copies the file's bytes).
 */
export type SaveFileContent = SaveFileRequest['content'] | Blob;

export interface PlatformSaveRequest extends Omit<SaveFileRequest, 'content'> {
  content: SaveFileContent;
}

export interface Platform {
  openDocuments(): Promise<OpenDocumentsResult>;
  /** File → Import…: datasets, annotation files and documents, each held to its size limit. */
  openImportFiles(): Promise<OpenDocumentsResult>;
  saveFile(request: PlatformSaveRequest): Promise<SaveFileResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Null in a browser: there is no folder of ours to keep backups in. */
  readonly backups: PlatformBackups | null;
}

/** Which size limits `readBrowserFiles` applies: documents only, or File → Import…'s. */
export type BrowserFileLimits = 'documents' | 'import';

function documentSizeRefusal(name: string, bytes: number): string | null {
  if (bytes <= MAX_DOCUMENT_FILE_BYTES) return null;
  return `${name} is too large to import as a document (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_FILE_BYTES / 1048576} MB)`;
}

/**
 * Reads dropped or picked browser File objects, refusing the oversized ones before reading.
 * With 'import', datasets and annotation files get the larger import limit (importSizeRefusal).
 */
export async function readBrowserFiles(
  files: readonly File[],
  limits: BrowserFileLimits = 'documents',
): Promise<OpenDocumentsResult> {
  const refuseSize = limits === 'import' ? importSizeRefusal : documentSizeRefusal;
  const result: OpenDocumentsResult = { files: [], refused: [] };
  for (const file of files) {
    // File.size comes from the file system: nothing has been read yet.
    const tooLarge = refuseSize(file.name, file.size);
    if (tooLarge !== null) {
      result.refused.push({ name: file.name, reason: tooLarge });
      continue;
    }
    try {
      result.files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      result.refused.push({
        name: file.name,
        reason: `${file.name} could not be read: ${String(error)}`,
      });
    }
  }
  return result;
}

/** An `<input accept>` value: ".txt,.text,…". */
function acceptOf(extensions: readonly string[]): string {
  return extensions.map((extension) => `.${extension}`).join(',');
}

/** What Import documents offers: what the importer takes, as main's dialog does. */
export const DOCUMENT_FILE_ACCEPT = acceptOf(DOCUMENT_EXTENSIONS);
/** What File → Import… offers: datasets and annotation files, and documents. */
export const IMPORT_FILE_ACCEPT = acceptOf([...IMPORT_DATA_EXTENSIONS, ...DOCUMENT_EXTENSIONS]);

function pickBrowserFiles(accept: string, limits: BrowserFileLimits): Promise<OpenDocumentsResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener(
      'change',
      () => void readBrowserFiles([...(input.files ?? [])], limits).then(resolve),
    );
    input.addEventListener('cancel', () => resolve({ files: [], refused: [] }));
    input.click();
  });
}

/**
 * What a browser download saves: text as UTF-8, bytes (the brat zip) as they are. Bytes are
 * copied into an ArrayBuffer-backed array, the only kind a Blob takes; their type says only
 * "bytes", and the file name says zip.
 */
export function downloadBlob(content: SaveFileContent): Blob {
  if (content instanceof Blob) return content;
  return typeof content === 'string'
    ? new Blob([content], { type: 'application/json;charset=utf-8' })
    : new Blob([new Uint8Array(content)], { type: 'application/octet-stream' });
}

function browserPlatform(): Platform {
  return {
    openDocuments: () => pickBrowserFiles(DOCUMENT_FILE_ACCEPT, 'documents'),
    openImportFiles: () => pickBrowserFiles(IMPORT_FILE_ACCEPT, 'import'),
    async saveFile(request) {
      const blob = downloadBlob(request.content);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.click();
      // The download has started from the link; the URL can go once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { status: 'saved', path: request.suggestedName };
    },
    onMenuCommand() {
      return () => {};
    },
    backups: null,
  };
}

function electronPlatform(bridge: NonNullable<Window['marginalia']>): Platform {
  return {
    openDocuments: () => bridge.openDocuments(),
    openImportFiles: () => bridge.openImportFiles(),
    // IPC carries text or bytes: a Blob is read into bytes first (asynchronously, off the
    // window's thread until the bytes arrive).
    saveFile: async (request) =>
      bridge.saveFile({
        ...request,
        content:
          request.content instanceof Blob
            ? new Uint8Array(await request.content.arrayBuffer())
            : request.content,
      }),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: {
      save: (content, reason) => bridge.saveBackup({ content, reason }),
      list: () => bridge.listBackups(),
      read: (name) => bridge.readBackup(name),
      quitReady: () => bridge.quitReady(),
    },
  };
}

export function detectPlatform(): Platform {
  return window.marginalia ? electronPlatform(window.marginalia) : browserPlatform();
}
