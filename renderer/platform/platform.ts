// The renderer talks to the outside world through this interface: in Electron through the
// preload's narrow bridge (window.marginalia), in a plain browser (npm run web, the e2e tests)
// through a file input and downloads. Components never know which one they have.

import type { MenuCommand, OpenDocumentsResult, SaveFileRequest, SaveFileResult } from '../../app/ipc/contract.ts';
import { MAX_DOCUMENT_FILE_BYTES } from '../../app/ipc/contract.ts';

export interface Platform {
  readonly kind: 'electron' | 'browser';
  openDocuments(): Promise<OpenDocumentsResult>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Reads dropped or picked browser File objects, refusing the oversized ones before reading. */
export async function readBrowserFiles(files: readonly File[]): Promise<OpenDocumentsResult> {
  const result: OpenDocumentsResult = { files: [], refused: [] };
  for (const file of files) {
    if (file.size > MAX_DOCUMENT_FILE_BYTES) {
      result.refused.push({
        name: file.name,
        reason: `${file.name} is too large to import as a document (${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_FILE_BYTES / 1048576} MB)`,
      });
      continue;
    }
    try {
      result.files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      result.refused.push({ name: file.name, reason: `${file.name} could not be read: ${String(error)}` });
    }
  }
  return result;
}

export const DOCUMENT_FILE_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml';

function browserPlatform(): Platform {
  return {
    kind: 'browser',
    openDocuments() {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.accept = DOCUMENT_FILE_ACCEPT;
        input.addEventListener('change', () => void readBrowserFiles([...(input.files ?? [])]).then(resolve));
        input.addEventListener('cancel', () => resolve({ files: [], refused: [] }));
        input.click();
      });
    },
    async saveFile(request) {
      const blob = new Blob([request.content], { type: 'application/json;charset=utf-8' });
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
  };
}

function electronPlatform(bridge: NonNullable<Window['marginalia']>): Platform {
  return {
    kind: 'electron',
    openDocuments: () => bridge.openDocuments(),
    saveFile: (request) => bridge.saveFile(request),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}

export function detectPlatform(): Platform {
  return window.marginalia ? electronPlatform(window.marginalia) : browserPlatform();
}
