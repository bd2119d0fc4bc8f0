// Running headers, footers and page numbers are the printer's, not the author's: left in, they
// would cut paragraphs that cross a page in two and repeat on every page of the text. They are
// recognised by what they are on paper: lines near the top or bottom edge of a page that
// repeat, word for word or with a changing number, on most pages; or a lone page number at the
// very top or bottom of a page.

import type { PdfLine } from './pdf-reading-order.ts';

export interface PdfPageLines {
  height: number;
  lines: readonly PdfLine[];
}

/** The top and bottom bands of a page, as fractions of its height, where running lines sit. */
const BAND = 0.15;

/** "7", "- 7 -", "(7)", "Page 7", "7 of 12", "7/12", "vii": a page number and nothing else. */
const PAGE_NUMBER =
  /^(?:page\s+|p\.\s*)?[-–—([]?\s*(?:\d{1,5}|[ivxlcdm]{1,7})\s*[-–—)\]]?(?:\s*(?:of|\/)\s*\d{1,5})?$/i;

/** Each page's lines without its running headers, footers and page numbers. */
export function withoutRunningLines(pages: readonly PdfPageLines[]): PdfLine[][] {
  const keysByPage = pages.map(runningKeysOf);
  const pageCounts = new Map<string, number>();
  for (const keys of keysByPage) {
    for (const key of new Set(keys.values())) pageCounts.set(key, (pageCounts.get(key) ?? 0) + 1);
  }
  // "Most pages": at least half of them (a book's left and right pages alternate two headers),
  // and never a line seen on one page only.
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page, index) => {
    const keys = keysByPage[index]!;
    const edges = edgeBaselines(page.lines);
    return page.lines.filter((line) => {
      const key = keys.get(line);
      if (key === undefined) return true;
      if ((pageCounts.get(key) ?? 0) >= enough) return false;
      return !(PAGE_NUMBER.test(line.text) && isAtEdge(line, edges));
    });
  });
}

/** The band and text (digits standing for any number) of each line in the page's bands. */
function runningKeysOf(page: PdfPageLines): Map<PdfLine, string> {
  const keys = new Map<PdfLine, string>();
  for (const line of page.lines) {
    const band =
      line.y <= BAND * page.height ? 'top' : line.y >= (1 - BAND) * page.height ? 'bottom' : null;
    if (band === null) continue;
    const text = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
    keys.set(line, `${band}:${text}`);
  }
  return keys;
}

function edgeBaselines(lines: readonly PdfLine[]): { top: number; bottom: number } {
  let top = Infinity;
  let bottom = -Infinity;
  for (const line of lines) {
    top = Math.min(top, line.y);
    bottom = Math.max(bottom, line.y);
  }
  return { top, bottom };
}

/** On the first or the last row of the page: no other text above it, or none below it. */
function isAtEdge(line: PdfLine, edges: { top: number; bottom: number }): boolean {
  const tolerance = 0.5 * line.fontSize;
  return line.y - edges.top <= tolerance || edges.bottom - line.y <= tolerance;
}
