// CSV export, one row per annotation, for spreadsheets (export only: nothing reads it back).

export {
  CSV_COLUMNS,
  encodeCsv,
  FORMULA_START,
  writeSpreadsheetCsv,
  type CsvExportOptions,
} from './encode.ts';
