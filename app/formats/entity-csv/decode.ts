// CSV → entity list, the reverse of encode.ts and also the reader of lists typed in a
// spreadsheet. Every problem names its line and column ("line 4, kind: “company” is not one of
// person, organisation, state, group, other") and the whole file is refused when there is one:
// a team list imported in part would be worse than none. Repairs that lose nothing are warnings
// instead: an alias repeating the name, an unknown column.
//
// Columns are found by header name, in any order and any case; `name` and `kind` are required,
// `aliases`, `wikidata`, `note` and `id` optional. Kinds are read case-insensitively, and the US
// spelling "organization" as "organisation". Aliases are split at `|`, so no alias can contain
// one (checkEntity refuses it everywhere for that reason). A row without an id gets one derived
// from its name (nameBasedEntityId): importing the same list twice then matches by id; two rows
// whose names are the same by nameKey would get one id and are refused.

import {
  ALIAS_SEPARATOR,
  describeUnknownKind,
  entityProblems,
  normaliseEntity,
} from '../../entities/check-entity.ts';
import { nameKey } from '../../entities/entity-names.ts';
import { nameBasedEntityId } from '../../entities/name-based-id.ts';
import { isEntityKind, type Entity, type EntityKind } from '../../model/entity.ts';
import { asEntityId } from '../../model/ids.ts';
import { MAX_DATASET_ISSUES } from '../dataset/parse.ts';
import { ENTITY_CSV_COLUMNS } from './encode.ts';
import { undefuseCell } from './formula-cells.ts';
import { readCsvRows, type CsvRow } from './read-rows.ts';

export interface EntityCsvIssue {
  line: number;
  message: string;
}

export type EntityCsvResult =
  { ok: true; entities: Entity[]; warnings: string[] } | { ok: false; issues: EntityCsvIssue[] };

const REQUIRED = ['name', 'kind'] as const;
const KNOWN = [...ENTITY_CSV_COLUMNS, 'id'] as const;
type Column = (typeof KNOWN)[number];

/** Reads an entity CSV (BOM tolerated); `fileName` is only for messages. */
export function decodeEntityCsv(text: string, fileName: string): EntityCsvResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return refuse([
      {
        line: 1,
        message: `${fileName} is empty: expected the header ${ENTITY_CSV_COLUMNS.join(',')}`,
      },
    ]);
  }
  const { rows, issues } = readCsvRows(body);
  if (issues.length > 0) return refuse(issues);
  const warnings: string[] = [];
  const header = readHeader(rows[0]!, warnings);
  if (!header.ok) return refuse(header.issues);

  const entities: Entity[] = [];
  const lineOfId = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const where = `line ${row.line}`;
    if (row.cells.length > header.width) {
      issues.push({
        line: row.line,
        message: `${where}: ${row.cells.length} cells where the header has ${header.width} (a cell with a comma must be in double quotes)`,
      });
      continue;
    }
    const cell = (column: Column) => {
      const index = header.columns.get(column);
      return index === undefined ? '' : undefuseCell(row.cells[index] ?? '');
    };
    const kind = readKind(cell('kind'));
    if (!kind.ok) issues.push({ line: row.line, message: `${where}, kind: ${kind.message}` });
    const rawAliases = cell('aliases')
      .split(ALIAS_SEPARATOR)
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '');
    const wikidata = cell('wikidata').trim();
    const note = cell('note');
    const id = cell('id').trim();
    const entity = normaliseEntity({
      id: id === '' ? nameBasedEntityId(cell('name')) : asEntityId(id),
      name: cell('name'),
      kind: kind.ok ? kind.kind : 'other',
      aliases: rawAliases,
      ...(wikidata === '' ? {} : { wikidata }),
      ...(note.trim() === '' ? {} : { note }),
    });
    for (const problem of entityProblems(entity)) {
      issues.push({ line: row.line, message: `${where}, ${problem.field}: ${problem.message}` });
    }
    warnDroppedAliases(rawAliases, entity, where, warnings);
    const earlier = lineOfId.get(entity.id);
    if (earlier !== undefined) {
      issues.push({
        line: row.line,
        message:
          id === ''
            ? `${where}, name: “${entity.name}” is already the name on line ${earlier}`
            : `${where}, id: “${id}” is already on line ${earlier}`,
      });
    }
    lineOfId.set(entity.id, row.line);
    entities.push(entity);
  }
  return issues.length > 0 ? refuse(issues) : { ok: true, entities, warnings };
}

function readHeader(
  row: CsvRow,
  warnings: string[],
):
  | { ok: true; columns: Map<Column, number>; width: number }
  | { ok: false; issues: EntityCsvIssue[] } {
  const issues: EntityCsvIssue[] = [];
  const columns = new Map<Column, number>();
  row.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!(KNOWN as readonly string[]).includes(name)) {
      if (name !== '') warnings.push(`line ${row.line}: column “${raw.trim()}” is not read`);
    } else if (columns.has(name as Column)) {
      issues.push({
        line: row.line,
        message: `line ${row.line}: the column “${name}” appears twice`,
      });
    } else columns.set(name as Column, index);
  });
  for (const column of REQUIRED) {
    if (!columns.has(column)) {
      issues.push({
        line: row.line,
        message: `line ${row.line}: the header has no “${column}” column (expected ${ENTITY_CSV_COLUMNS.join(',')})`,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, columns, width: row.cells.length };
}

function readKind(cell: string): { ok: true; kind: EntityKind } | { ok: false; message: string } {
  const kind = cell
    .trim()
    .toLowerCase()
    .replace(/^organization$/, 'organisation');
  if (isEntityKind(kind)) return { ok: true, kind };
  return { ok: false, message: kind === '' ? 'is empty' : describeUnknownKind(cell.trim()) };
}

/** A warning per alias normaliseEntity dropped, by its rule: it repeated the name or an earlier alias. */
function warnDroppedAliases(
  raw: string[],
  entity: Entity,
  where: string,
  warnings: string[],
): void {
  const nameKeyOfEntity = nameKey(entity.name);
  const seen = new Set([nameKeyOfEntity]);
  for (const alias of raw) {
    const key = nameKey(alias);
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    const what = key === nameKeyOfEntity ? 'is the name itself' : 'is listed twice';
    warnings.push(`${where}, aliases: “${alias}” ${what}; dropped`);
  }
}

function refuse(issues: EntityCsvIssue[]): EntityCsvResult {
  if (issues.length <= MAX_DATASET_ISSUES) return { ok: false, issues };
  const more = issues.length - MAX_DATASET_ISSUES;
  return {
    ok: false,
    issues: [
      ...issues.slice(0, MAX_DATASET_ISSUES),
      {
        line: issues[MAX_DATASET_ISSUES]!.line,
        message: `…and ${more} more issue${more === 1 ? '' : 's'} not shown`,
      },
    ],
  };
}
