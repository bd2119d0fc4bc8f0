// Converts documents (text, Markdown, HTML, Word) in a worker with a time limit per file. A
// file whose markup keeps a parser busy (600 KB of unclosed <b>: 9–20 s; 200 KB of `_a`: 34 s)
// no longer freezes the window, and once over the limit the worker is stopped and the file
// refused by name; the next file gets a fresh worker. One worker serves a whole import, files
// one after the other, and is stopped when the import is done.

import {
  DOCUMENT_CONVERSION_TIME_LIMIT_MS,
  tookTooLongToConvert,
} from '../../app/formats/document-import/conversion-time-limit.ts';
import type { ImportedDocument } from '../../app/formats/document-import/import-document-file.ts';
import { err, type Result } from '../../app/result.ts';
import type { ConversionReply, ConversionRequest } from './document-conversion-messages.ts';

export interface DocumentConversionWorker {
  /** The importer's answer for one file, or its refusal when it took too long or crashed. */
  convert(fileName: string, bytes: Uint8Array): Promise<Result<ImportedDocument, string>>;
  /** Stops the worker; a later convert starts another. */
  close(): void;
}

/** A worker for one import; `timeLimitMs` is per file, from the moment its conversion starts. */
export function openDocumentConversionWorker(
  timeLimitMs: number = DOCUMENT_CONVERSION_TIME_LIMIT_MS,
): DocumentConversionWorker {
  let worker: Worker | null = null;
  return {
    convert(fileName, bytes) {
      // Vite finds the worker by this exact form and bundles it (renderer/vite.config.ts).
      worker ??= new Worker(new URL('./document-conversion.worker.ts', import.meta.url), {
        type: 'module',
        name: 'document-conversion',
      });
      const current = worker;
      return new Promise((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = (result: Result<ImportedDocument, string>, stop: boolean) => {
          clearTimeout(timer);
          current.onmessage = current.onerror = current.onmessageerror = null;
          if (stop) {
            current.terminate();
            if (worker === current) worker = null;
          }
          resolve(result);
        };
        current.onmessage = ({ data }: MessageEvent<ConversionReply>) => {
          if (data.kind === 'converted') return finish(data.result, false);
          timer = setTimeout(
            () => finish(err(tookTooLongToConvert(fileName, timeLimitMs)), true),
            timeLimitMs,
          );
        };
        // The worker could not load, or died (out of memory): this file is refused, not the rest.
        current.onerror = (event) => {
          event.preventDefault();
          const detail = event.message ? `: ${event.message}` : '';
          finish(err(`${fileName} could not be converted (the converter stopped${detail})`), true);
        };
        current.onmessageerror = () =>
          finish(err(`${fileName} could not be converted (its result could not be read)`), true);
        // Copied, not transferred: the caller keeps its bytes.
        current.postMessage({ fileName, bytes } satisfies ConversionRequest);
      });
    },
    close() {
      worker?.terminate();
      worker = null;
    },
  };
}
