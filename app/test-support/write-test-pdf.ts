// TEST SUPPORT: real PDF files, written with pdf-lib, for the PDF importer's tests (in Chromium,
// in the end-to-end tests and in the bench): paragraphs typeset by typeset-pdf-pages.ts with
// Helvetica's real widths (columns, hyphenated line ends, running headers and footers), an
// encrypted file, and a "scan" with an image and no text. Helvetica is not embedded, so the
// text must be in Windows-1252 (four of the five corpus reports are).

import { degrees, PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import type { PdfPageText } from '../formats/document-import/pdf-layout.ts';
import { typesetPdfPages, type TypesetOptions } from './typeset-pdf-pages.ts';

export interface TestPdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  /** The catalog's /Lang. */
  language?: string;
  /** Every page's /Rotate: a viewer shows the page turned clockwise by this many degrees. */
  pageRotation?: 0 | 90 | 180 | 270;
}

export interface TestPdf {
  bytes: Uint8Array;
  /** What was drawn: the runs of each page, as pdf.js should read them back. */
  pages: PdfPageText[];
}

/** A PDF of the paragraphs, laid out as `layout` says, with the document information `info`. */
export async function writeTestPdf(
  paragraphs: readonly string[],
  layout: Omit<TypesetOptions, 'measure'> = {},
  info: TestPdfInfo = {},
): Promise<TestPdf> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // Glyph by glyph: pdf-lib's widthOfTextAtSize applies kerning, which drawText does not.
  const glyphWidths = new Map<string, number>();
  const measure = (text: string, size: number) => {
    let width = 0;
    for (const char of text) {
      let glyph = glyphWidths.get(char);
      if (glyph === undefined) glyphWidths.set(char, (glyph = font.widthOfTextAtSize(char, 1000)));
      width += glyph;
    }
    return (width * size) / 1000;
  };
  const pages = typesetPdfPages(paragraphs, { ...layout, measure });
  for (const page of pages) {
    const drawn = pdf.addPage([page.width, page.height]);
    if (info.pageRotation) drawn.setRotation(degrees(info.pageRotation));
    for (const run of page.runs) {
      drawn.drawText(run.text, { x: run.x, y: page.height - run.y, size: run.fontSize, font });
    }
  }
  if (info.title !== undefined) pdf.setTitle(info.title);
  if (info.author !== undefined) pdf.setAuthor(info.author);
  if (info.subject !== undefined) pdf.setSubject(info.subject);
  if (info.language !== undefined) pdf.setLanguage(info.language);
  return { bytes: await pdf.save(), pages };
}

/**
 * A PDF protected by a password: the standard security handler (RC4, revision 2) in its
 * trailer. pdf-lib cannot encrypt, so the /O and /U entries are fixed bytes that match no
 * password, the empty one included; a reader must ask for a password, and none opens it.
 */
export async function writeEncryptedTestPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Confidential briefing.', { x: 72, y: 700, size: 12, font });
  const context = pdf.context;
  const fixed = (byte: string) => PDFHexString.of(byte.repeat(32));
  context.trailerInfo.Encrypt = context.register(
    context.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      Length: 40,
      P: -44,
      O: fixed('11'),
      U: fixed('22'),
    }),
  );
  const id = PDFHexString.of('0123456789abcdef0123456789abcdef');
  context.trailerInfo.ID = context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

/** A one-pixel grey PNG: the smallest image of a page. */
const PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';

/** A "scanned" PDF: each page one image, no text at all. */
export async function writeScannedTestPdf(pageCount = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(PIXEL_PNG);
  for (let i = 0; i < pageCount; i++) {
    pdf.addPage([612, 792]).drawImage(image, { x: 36, y: 36, width: 540, height: 720 });
  }
  return pdf.save();
}
