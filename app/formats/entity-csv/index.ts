// The entity list as CSV (name, kind, aliases separated by `|`, wikidata, note): how a team
// shares its actor list (issue 8). Written and read back.

export { ENTITY_CSV_COLUMNS, encodeEntityCsv, type EntityCsvOptions } from './encode.ts';
export { decodeEntityCsv, type EntityCsvIssue, type EntityCsvResult } from './decode.ts';
