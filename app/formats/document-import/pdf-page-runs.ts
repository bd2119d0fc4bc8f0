// pdf.js's text items → the runs pdf-layout.ts reads, in the frame a reader holds the page in.
// Most pages are set upright; a landscape table or a whole page may be drawn sideways on a
// portrait page, and a reader turns the page to read it. So each page is read in the direction
// most of its characters run (a quarter turn at a time), and text running any other way (a
// "DRAFT" stamp across the page, a label up the margin) is left out.

import type { PdfPageText, PdfTextRun } from './pdf-text-runs.ts';

/** A text item as pdf.js gives it, its matrix in the page's view (y down, rotation applied). */
export interface PdfTextItem {
  text: string;
  /** [a, b, c, d, e, f]: the text's direction and size, and its origin at (e, f). */
  matrix: readonly number[];
  /** Its advance along its own direction. */
  width: number;
}

/** Text at more than this angle (radians) from a quarter turn is oblique: left out. */
const OBLIQUE = 0.05;

/** The page's runs, turned so that its main text runs left to right. */
export function pageTextOf(
  items: readonly PdfTextItem[],
  width: number,
  height: number,
): PdfPageText {
  const turned = items.map((item) => ({ item, quarter: quarterTurnsOf(item.matrix) }));
  const characters = [0, 0, 0, 0];
  for (const { item, quarter } of turned) {
    if (quarter !== null) characters[quarter]! += item.text.trim().length;
  }
  const main = characters.indexOf(Math.max(...characters));
  const sideways = main % 2 === 1;
  const runs: PdfTextRun[] = [];
  for (const { item, quarter } of turned) {
    if (quarter !== main || item.text.trim() === '') continue;
    const [, , c, d, x, y] = item.matrix as [number, number, number, number, number, number];
    const fontSize = Math.hypot(c, d);
    if (!(fontSize > 0)) continue;
    runs.push({ text: item.text, ...turn(x, y, main, width, height), width: item.width, fontSize });
  }
  return sideways ? { width: height, height: width, runs } : { width, height, runs };
}

/** 0 upright, 1 a quarter turn clockwise (reading down the page), 2, 3; null when oblique. */
function quarterTurnsOf(matrix: readonly number[]): number | null {
  const angle = Math.atan2(matrix[1]!, matrix[0]!);
  const quarter = Math.round(angle / (Math.PI / 2));
  if (Math.abs(angle - (quarter * Math.PI) / 2) > OBLIQUE) return null;
  return (quarter + 4) % 4;
}

/** The point (x, y) of a `width` × `height` page seen after turning the page back by `quarter`. */
function turn(x: number, y: number, quarter: number, width: number, height: number) {
  switch (quarter) {
    case 1:
      return { x: y, y: width - x };
    case 2:
      return { x: width - x, y: height - y };
    case 3:
      return { x: height - y, y: x };
    default:
      return { x, y };
  }
}
