// Formula cells, defused as app/formats/csv/encode.ts does it (see its comment there, and its
// FORMULA_START, used here): a cell starting with = + - @ tab or CR gets a leading `'`, which
// spreadsheets hide.
//
// The entity list is read back, so the defusing must be undone exactly: a cell that already
// starts with quotes before a formula character ("'=x", rare but typable) gets one more quote,
// and reading drops exactly one quote from any cell of that shape.

import { FORMULA_START } from '../csv/encode.ts';

/** Cells that get a `'` on writing: formulas, and formulas behind quotes (kept lossless). */
export const DEFUSED_ON_WRITING = new RegExp(`^'*${FORMULA_START.source.slice(1)}`);

/** Undoes the defusing on reading: one `'` before quotes and a formula character is dropped. */
export function undefuseCell(cell: string): string {
  return cell.startsWith("'") && DEFUSED_ON_WRITING.test(cell.slice(1)) ? cell.slice(1) : cell;
}
