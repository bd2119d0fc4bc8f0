// A PDF page is a set of positioned runs of text, drawn in whatever order its producer chose;
// it says nothing of lines, columns or reading order. This module rebuilds the page's lines in
// reading order: runs on one baseline make a row; a vertical gutter that most rows leave empty
// splits the page into columns, read left column first; text that crosses the gutter (a title,
// a caption, a centred page number) is read where it stands, between the column bands above
// and below it. Columns are split again the same way, so three or four columns work too.

import type { PdfPageText, PdfTextRun } from './pdf-text-runs.ts';

/**
 * Lines of one column, or of one band of text across the columns (a title, a caption), share
 * a region: what a paragraph's indent and a line's shortness are measured against.
 */
export interface PdfRegion {
  /** The leftmost start and the rightmost end of its body-sized lines. */
  left: number;
  right: number;
}

/** One line of text as it stands on the page. */
export interface PdfLine {
  text: string;
  left: number;
  right: number;
  /** The baseline of its main run, measured down from the top of the page. */
  y: number;
  /** The font size of its main run (the one holding most characters). */
  fontSize: number;
  region: PdfRegion;
}

interface Row {
  runs: PdfTextRun[];
  y: number;
}

/** Runs whose baselines differ by less than this many ems share a row (superscripts too). */
const SAME_ROW = 0.4;
/** A gap narrower than this many ems is a word space, not a gutter. */
const MIN_GUTTER = 0.8;
/** A gap wider than this many ems between two runs of one line is a space. */
const SPACE_GAP = 0.15;
/** Gutters are looked for between these fractions of the text's width. */
const GUTTER_RANGE = [0.2, 0.8] as const;
/** Column splits within column splits, at most (four columns). */
const MAX_DEPTH = 2;

/** The page's lines, in reading order. */
export function readingOrderLines(page: PdfPageText): PdfLine[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '' && run.fontSize > 0);
  const lines: PdfLine[] = [];
  orderRows(rowsOf(runs), 0, lines);
  return lines;
}

function rowsOf(runs: readonly PdfTextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  let row: Row | undefined;
  let rowFontSize = 0;
  for (const run of sorted) {
    if (row && run.y - row.y <= SAME_ROW * Math.max(rowFontSize, run.fontSize)) {
      row.runs.push(run);
      rowFontSize = Math.max(rowFontSize, run.fontSize);
    } else {
      row = { runs: [run], y: run.y };
      rowFontSize = run.fontSize;
      rows.push(row);
    }
  }
  for (const each of rows) each.runs.sort((a, b) => a.x - b.x);
  return rows;
}

/** Appends the lines of `rows` (top to bottom) in reading order. */
function orderRows(rows: readonly Row[], depth: number, lines: PdfLine[]): void {
  const gutter = depth < MAX_DEPTH ? findGutter(rows) : null;
  if (gutter === null) {
    pushRegion(rows, lines);
    return;
  }
  let band: Row[] = [];
  let across: Row[] = [];
  const flushBand = () => {
    if (band.length === 0) return;
    orderRows(
      sideOf(band, (run) => centreOf(run) < gutter),
      depth + 1,
      lines,
    );
    orderRows(
      sideOf(band, (run) => centreOf(run) >= gutter),
      depth + 1,
      lines,
    );
    band = [];
  };
  const flushAcross = () => {
    if (across.length === 0) return;
    pushRegion(across, lines);
    across = [];
  };
  for (const row of rows) {
    if (crosses(row, gutter)) {
      flushBand();
      across.push(row);
    } else {
      flushAcross();
      band.push(row);
    }
  }
  flushBand();
  flushAcross();
}

function sideOf(rows: readonly Row[], keep: (run: PdfTextRun) => boolean): Row[] {
  return rows
    .map((row) => ({ y: row.y, runs: row.runs.filter(keep) }))
    .filter((row) => row.runs.length > 0);
}

function pushRegion(rows: readonly Row[], lines: PdfLine[]): void {
  const region: PdfRegion = { left: Infinity, right: -Infinity };
  const own = rows.map((row) => lineOf(row, region)).filter((line) => line.text !== '');
  // The region's edges are those of its body text: a heading in larger type may stand out.
  const body = bodyFontSize(own);
  for (const line of own) {
    if (Math.abs(line.fontSize - body) > 0.1 * body) continue;
    region.left = Math.min(region.left, line.left);
    region.right = Math.max(region.right, line.right);
  }
  lines.push(...own);
}

/** The font size that sets the most characters. */
function bodyFontSize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines)
    chars.set(line.fontSize, (chars.get(line.fontSize) ?? 0) + line.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) {
    if (count > most) [best, most] = [size, count];
  }
  return best;
}

function lineOf(row: Row, region: PdfRegion): PdfLine {
  let text = '';
  let end = -Infinity;
  let previous: PdfTextRun | undefined;
  let main = row.runs[0]!;
  for (const run of row.runs) {
    // Fake bold: the same text drawn twice, a hair apart.
    if (
      previous &&
      previous.text === run.text &&
      Math.abs(previous.x - run.x) < SPACE_GAP * run.fontSize
    )
      continue;
    const gap = run.x - end;
    if (text !== '' && gap > SPACE_GAP * run.fontSize && !/\s$/.test(text) && !/^\s/.test(run.text))
      text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
    if (run.text.length > main.text.length) main = run;
    previous = run;
  }
  const first = row.runs[0]!;
  return {
    // Layout spaces carry no meaning; a no-break space is content and stays.
    text: text.replace(/[ \t\n\r\f\v]+/g, ' ').trim(),
    left: first.x,
    right: end,
    y: main.y,
    fontSize: main.fontSize,
    region,
  };
}

function centreOf(run: PdfTextRun): number {
  return run.x + run.width / 2;
}

/** The row's stretches of text, word spaces bridged: [start, end] pairs, left to right. */
function segmentsOf(row: Row): [number, number][] {
  const segments: [number, number][] = [];
  for (const run of row.runs) {
    const last = segments.at(-1);
    if (last && run.x - last[1] < MIN_GUTTER * run.fontSize)
      last[1] = Math.max(last[1], run.x + run.width);
    else segments.push([run.x, run.x + run.width]);
  }
  return segments;
}

function crosses(row: Row, x: number): boolean {
  return segmentsOf(row).some(([start, end]) => start < x && x < end);
}

/**
 * The x of a vertical gutter between columns, or null: the position, in the middle of the
 * text's width, that the most rows leave empty while text stands on both sides of it, in the
 * same rows or (columns' baselines need not line up) in rows of their own. It counts only when
 * at least three rows have text on each side and no more rows cross it than that, so a single
 * column, whose rows cross every position but the odd wide word space, has none.
 */
function findGutter(rows: readonly Row[]): number | null {
  const segments = rows.map(segmentsOf);
  let textLeft = Infinity;
  let textRight = -Infinity;
  for (const row of segments) {
    textLeft = Math.min(textLeft, row[0]![0]);
    textRight = Math.max(textRight, row.at(-1)![1]);
  }
  const width = textRight - textLeft;
  if (!(width > 0)) return null;
  let best: { x: number; score: number; end: number } | null = null;
  const from = Math.floor(textLeft + GUTTER_RANGE[0] * width);
  const to = Math.ceil(textLeft + GUTTER_RANGE[1] * width);
  for (let x = from; x <= to; x++) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const row of segments) {
      if (row.some(([start, end]) => start < x && x < end)) {
        crossing++;
        continue;
      }
      if (row[0]![1] <= x) left++;
      if (row.at(-1)![0] >= x) right++;
    }
    const sides = Math.min(left, right);
    if (sides < 3 || sides < crossing) continue;
    const score = sides - crossing;
    if (best === null || score > best.score) best = { x, score, end: x };
    else if (score === best.score && best.end === x - 1) best.end = x;
  }
  // The middle of the widest run of best positions: the gutter's centre, not its edge.
  return best === null ? null : (best.x + best.end) / 2;
}
