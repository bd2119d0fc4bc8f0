// The worker that converts text, Markdown, HTML and Word files into documents, so that a file
// whose markup keeps a parser busy for seconds never blocks the window, and can be stopped
// (document-conversion-worker.ts). It runs the importer the app runs everywhere; PDFs are not
// sent here (pdf.js has its own worker, and lays pages out on the page).

import { importDocumentFile } from '../../app/formats/document-import/import-document-file.ts';
import { err } from '../../app/result.ts';
import type { ConversionReply, ConversionRequest } from './document-conversion-messages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ConversionRequest>) => void) | null;
  postMessage(message: ConversionReply): void;
};

scope.onmessage = async ({ data: { fileName, bytes } }) => {
  // Said first, so the clock of the time limit starts when the work does, not while the worker
  // loads its code.
  scope.postMessage({ kind: 'started' });
  let result: ConversionReply & { kind: 'converted' };
  try {
    result = { kind: 'converted', result: await importDocumentFile(fileName, bytes) };
  } catch (error) {
    // importDocumentFile returns its refusals; this is a bug, still named by file.
    const message = error instanceof Error ? error.message : String(error);
    result = { kind: 'converted', result: err(`${fileName} could not be read: ${message}`) };
  }
  scope.postMessage(result);
};
