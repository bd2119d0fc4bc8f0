// Lays a PDF's pages out (app/formats/document-import/pdf-layout.ts) off the window's thread:
// pure work, but about a third of a second for 200 pages on the bench machine, which would be one
// long frame at the end of every large PDF import.

import {
  layoutPdfPages,
  type PdfPageText,
} from '../../../app/formats/document-import/pdf-layout.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfPageText[]>) => void) | null;
  postMessage(message: string[]): void;
};

scope.onmessage = ({ data: pages }) => scope.postMessage(layoutPdfPages(pages));
