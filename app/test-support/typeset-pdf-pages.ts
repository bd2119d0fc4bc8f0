// TEST SUPPORT: a tiny typesetter that lays paragraphs out on pages as a PDF producer would and
// gives the runs pdf.js would read from them (app/formats/document-import/pdf-layout.ts's input):
// columns, ragged-right lines, paragraph spacing or first-line indents, words hyphenated at line
// ends, running headers and footers. Widths come from `measure`: by default every character is
// half an em wide; write-test-pdf.ts passes the real font's widths and draws the runs.

import type { PdfPageText, PdfTextRun } from '../formats/document-import/pdf-layout.ts';

/** The width of `text` set at `fontSize`, in points. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface TypesetOptions {
  columns?: number;
  pageWidth?: number;
  pageHeight?: number;
  margin?: number;
  gutter?: number;
  fontSize?: number;
  leading?: number;
  /** Extra space above each paragraph but the first of a column. */
  paragraphSpacing?: number;
  firstLineIndent?: number;
  /** Break long words at line ends with a hyphen, as a hyphenating typesetter does. */
  hyphenate?: boolean;
  /** One run per word (as many producers write justified text) instead of one per line. */
  runPerWord?: boolean;
  /** A title set across all columns at the top of the first page, in a larger size. */
  title?: string;
  header?: (page: number, pageCount: number) => string;
  footer?: (page: number, pageCount: number) => string;
  /** Pages past this many are left out (the text stops mid-paragraph, as an excerpt does). */
  maxPages?: number;
  measure?: MeasureText;
}

/** Every character half an em wide: where a word would have fitted is exact arithmetic. */
export const HALF_EM_CHARACTERS: MeasureText = (text, fontSize) =>
  [...text].length * 0.5 * fontSize;

interface SetLine {
  text: string;
  indent: number;
  /** Space above it beyond the leading. */
  spaceAbove: number;
}

/** The runs of the pages the paragraphs fill, in the order a producer draws them. */
export function typesetPdfPages(
  paragraphs: readonly string[],
  options: TypesetOptions = {},
): PdfPageText[] {
  const o = {
    columns: 1,
    pageWidth: 612,
    pageHeight: 792,
    margin: 72,
    gutter: 24,
    fontSize: 10,
    leading: 12,
    paragraphSpacing: 0,
    firstLineIndent: 0,
    hyphenate: false,
    runPerWord: false,
    measure: HALF_EM_CHARACTERS,
    ...options,
  };
  const width = (text: string, size = o.fontSize) => o.measure(text, size);
  const run = (text: string, x: number, y: number, size = o.fontSize): PdfTextRun => ({
    text,
    x,
    y,
    width: width(text, size),
    fontSize: size,
  });
  const textWidth = o.pageWidth - 2 * o.margin;
  const columnWidth = (textWidth - (o.columns - 1) * o.gutter) / o.columns;
  const lines: SetLine[] = [];
  paragraphs.forEach((paragraph, index) => {
    const measure = (text: string) => width(text);
    wrap(paragraph, columnWidth, o.firstLineIndent, o.hyphenate, measure).forEach(
      (text, lineIndex) =>
        lines.push({
          text,
          indent: lineIndex === 0 ? o.firstLineIndent : 0,
          spaceAbove: lineIndex === 0 && index > 0 ? o.paragraphSpacing : 0,
        }),
    );
  });

  const titleSize = o.fontSize * 1.6;
  const pages: PdfTextRun[][] = [];
  const bottom = o.pageHeight - o.margin;
  let page: PdfTextRun[] = [];
  const titleLines = o.title
    ? wrap(o.title, textWidth, 0, false, (text) => width(text, titleSize))
    : [];
  titleLines.forEach((line, index) =>
    page.push(run(line, o.margin, o.margin + (index + 1) * titleSize * 1.2, titleSize)),
  );
  let top = o.margin + (titleLines.length + 1) * titleSize * 1.2;
  let column = 0;
  let y = top;
  pages.push(page);
  for (const line of lines) {
    const above = y === top ? 0 : line.spaceAbove;
    if (y + above + o.leading > bottom) {
      column++;
      if (column === o.columns) {
        column = 0;
        page = [];
        pages.push(page);
        top = o.margin;
      }
      y = top;
    } else {
      y += above;
    }
    y += o.leading;
    const x = o.margin + column * (columnWidth + o.gutter) + line.indent;
    if (o.runPerWord) {
      let at = x;
      for (const word of line.text.split(' ')) {
        page.push(run(word, at, y));
        at += width(`${word} `);
      }
    } else {
      page.push(run(line.text, x, y));
    }
  }
  if (o.maxPages !== undefined) pages.length = Math.min(pages.length, o.maxPages);
  const small = o.fontSize * 0.8;
  return pages.map((runs, index) => {
    const extra: PdfTextRun[] = [];
    const header = o.header?.(index + 1, pages.length);
    if (header) extra.push(run(header, o.margin, o.margin / 2, small));
    const footer = o.footer?.(index + 1, pages.length);
    if (footer) {
      const x = (o.pageWidth - width(footer, small)) / 2;
      extra.push(run(footer, x, o.pageHeight - o.margin / 2, small));
    }
    return { width: o.pageWidth, height: o.pageHeight, runs: [...extra, ...runs] };
  });
}

/** Greedy line breaking at spaces; a word that does not fit is hyphenated if it can be. */
function wrap(
  paragraph: string,
  width: number,
  firstIndent: number,
  hyphenate: boolean,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - firstIndent;
  const fits = (text: string) => measure(text) <= room;
  for (let word of paragraph.split(' ').filter((w) => w !== '')) {
    while (word !== '') {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        word = '';
        continue;
      }
      const split = hyphenate
        ? hyphenationPoint(word, (part) => fits(line === '' ? `${part}-` : `${line} ${part}-`))
        : 0;
      if (split > 0) {
        lines.push(`${line === '' ? '' : `${line} `}${word.slice(0, split)}-`);
        word = word.slice(split);
      } else if (line === '') {
        lines.push(word); // longer than a line: overflows, as a typesetter lets it
        word = '';
      } else {
        lines.push(line);
      }
      line = '';
      room = width;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Where to break `word` so that its first part and a hyphen still fit on the line: the last
 * point between two letters, three or more from either end, with a lowercase letter after it
 * (a typesetter never breaks a word before a capital); 0 when there is none.
 */
function hyphenationPoint(word: string, fits: (part: string) => boolean): number {
  for (let at = word.length - 3; at >= 3; at--) {
    if (!/^\p{L}+$/u.test(word.slice(0, at)) || !/^\p{Ll}{3}/u.test(word.slice(at))) continue;
    if (fits(word.slice(0, at))) return at;
  }
  return 0;
}
