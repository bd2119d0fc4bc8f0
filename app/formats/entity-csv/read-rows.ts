// CSV text → rows of cells, each with the line it starts on, for messages that name the line a
// spreadsheet user sees: a quoted cell with a line break makes rows and lines differ, so lines
// are counted from where papaparse says each row starts. Accepts commas, and semicolons or tabs
// when the header has no comma: that is how Excel saves "CSV" where the decimal separator is a
// comma, and the analyst should not have to know.

import Papa from 'papaparse';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvSyntaxIssue {
  line: number;
  message: string;
}

/** Papa's codes, in words that say how to fix the file. */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  MissingQuotes: 'a cell opened with " is never closed',
  InvalidQuotes: 'a " inside a quoted cell must be doubled ("")',
};

/** The rows and any syntax problems; `text` has no BOM. */
export function readCsvRows(text: string): { rows: CsvRow[]; issues: CsvSyntaxIssue[] } {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const rows: CsvRow[] = [];
  const issues: CsvSyntaxIssue[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    step: (result) => {
      const line = lineAt(rowStart);
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        const where = error.index === undefined ? line : lineAt(error.index);
        issues.push({
          line: where,
          message: `line ${where}: ${SYNTAX_MESSAGES[error.code] ?? error.message}`,
        });
      }
      rows.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  return { rows, issues };
}

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  if (header.includes(',')) return ',';
  return header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
}
