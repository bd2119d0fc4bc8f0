// What pdf-layout.ts reads: each page's positioned runs of text. Apart from the layout steps so
// that they can name these types without importing the module that imports them.

/**
 * A run of text on a page, in PDF points, with y measured down from the top edge of the page
 * (the reading direction), as pdf.js's text content gives it once the page's view transform
 * (rotation, crop box) is applied.
 */
export interface PdfTextRun {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  runs: readonly PdfTextRun[];
}
