// A PDF's text by its layout: the positioned runs of text that pdf.js reads from each page
// become paragraphs in reading order, page by page. Pure (no pdf.js here), so that every rule
// is tested in Node on small pages built by hand; renderer/import/pdf/convert-pdf.ts feeds it
// each page's runs, turned upright by pdf-page-runs.ts.
// The rules and why: docs/pdf-import.md.
//
//   runs → lines in reading order, columns read one after the other (pdf-reading-order.ts)
//        → without running headers, footers and page numbers          (pdf-running-lines.ts)
//        → paragraphs, hyphenated words joined, pages kept             (pdf-paragraphs.ts)

import { paragraphsByPage } from './pdf-paragraphs.ts';
import { readingOrderLines } from './pdf-reading-order.ts';
import { withoutRunningLines } from './pdf-running-lines.ts';
import type { PdfPageText } from './pdf-text-runs.ts';

export type { PdfPageText, PdfTextRun } from './pdf-text-runs.ts';

/** The text of each page, one paragraph per line ('' for a page without text). */
export function layoutPdfPages(pages: readonly PdfPageText[]): string[] {
  const lines = withoutRunningLines(
    pages.map((page) => ({ height: page.height, lines: readingOrderLines(page) })),
  );
  return paragraphsByPage(lines);
}
