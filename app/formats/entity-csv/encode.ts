// Entity list → CSV, the file a team shares its actor list in (issue 8): one row per entity,
// columns name, kind, aliases (joined by `|`), wikidata, note, written like the annotation CSV
// (app/formats/csv): RFC 4180 quoting by papaparse, a UTF-8 BOM for Excel, CRLF after every
// row, formula cells defused with a leading `'` (decodeEntityCsv removes it again).
//
// Ids are not written by default: a spreadsheet list is edited by hand, and decodeEntityCsv
// derives ids from names (nameBasedEntityId). `withIds` adds an `id` column last, for a list
// that must keep the app's ids through renames.

import { ALIAS_SEPARATOR } from '../../entities/check-entity.ts';
import type { Entity } from '../../model/entity.ts';
import { writeSpreadsheetCsv } from '../csv/encode.ts';
import { DEFUSED_ON_WRITING } from './formula-cells.ts';

export const ENTITY_CSV_COLUMNS = ['name', 'kind', 'aliases', 'wikidata', 'note'] as const;

export interface EntityCsvOptions {
  /** Write an `id` column after the others (default false). */
  withIds?: boolean;
}

/**
 * The CSV text, BOM first, entities in the order given. Throws when an alias contains `|`:
 * checkEntity refuses such aliases, so only an unchecked entity can carry one.
 */
export function encodeEntityCsv(
  entities: readonly Entity[],
  options: EntityCsvOptions = {},
): string {
  const fields: string[] = [...ENTITY_CSV_COLUMNS, ...(options.withIds ? ['id'] : [])];
  const rows = entities.map((entity) => {
    const clash = entity.aliases.find((alias) => alias.includes(ALIAS_SEPARATOR));
    if (clash !== undefined) {
      throw new Error(
        `entity “${entity.name}”: alias “${clash}” contains “${ALIAS_SEPARATOR}”, which separates aliases in CSV`,
      );
    }
    const row = [
      entity.name,
      entity.kind,
      entity.aliases.join(ALIAS_SEPARATOR),
      entity.wikidata ?? '',
      entity.note ?? '',
    ];
    return options.withIds ? [...row, entity.id] : row;
  });
  return writeSpreadsheetCsv(fields, rows, DEFUSED_ON_WRITING);
}
