// The layout of a PDF's pages, in a worker of its own (pdf-layout.worker.ts), so that the window
// keeps drawing while a long document is laid out. Where a worker cannot be had or fails, the
// same pure function runs here: the text is the same either way.

import {
  layoutPdfPages,
  type PdfPageText,
} from '../../../app/formats/document-import/pdf-layout.ts';

/**
 * Each page's text, one paragraph per line, as layoutPdfPages gives it. `inThreadIfWorkerFails`
 * false makes a failing worker an error instead (the test of the worker itself).
 */
export function layoutPdfPagesOffThread(
  pages: PdfPageText[],
  inThreadIfWorkerFails = true,
): Promise<string[]> {
  const inThread = () => {
    if (!inThreadIfWorkerFails) throw new Error('the PDF layout worker failed');
    return layoutPdfPages(pages);
  };
  let worker: Worker;
  try {
    // Vite finds the worker by this exact form and bundles it.
    worker = new Worker(new URL('./pdf-layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'pdf-layout',
    });
  } catch {
    return Promise.resolve().then(inThread);
  }
  return new Promise((resolve, reject) => {
    const finish = (text: () => string[]) => {
      worker.terminate();
      try {
        resolve(text());
      } catch (error) {
        reject(error);
      }
    };
    worker.onmessage = ({ data }: MessageEvent<string[]>) => finish(() => data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(inThread);
    };
    worker.onmessageerror = () => finish(inThread);
    worker.postMessage(pages);
  });
}
