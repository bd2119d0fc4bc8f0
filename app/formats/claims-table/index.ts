// The claims table: CSV with one row per claim, its claimants, date and targets (export only).

export {
  CELL_SEPARATOR,
  CLAIMS_TABLE_COLUMNS,
  encodeClaimsTable,
  type ClaimsTableOptions,
} from './encode.ts';
