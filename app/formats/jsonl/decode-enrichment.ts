// The enrichment a JSONL line may carry (see encode.ts): a span's `id`, `entity`, `value` and
// `value_status`, and the line's doccano-style `relations` over span ids. Problems come back
// with their JSON Pointer inside the line, as decode-spans.ts reports them.

import { parseDateValue } from '../../dates/date-value.ts';
import { VALUE_STATUSES, type DateValue, type ValueStatus } from '../../model/date-value.ts';
import { isEntityKind, WIKIDATA_ID_PATTERN, type Entity } from '../../model/entity.ts';
import { asEntityId } from '../../model/ids.ts';
import { describeValue } from '../dataset/describe-value.ts';
import { childPointer } from '../dataset/json-pointer.ts';
import { isRecord } from '../dataset/semantic-checks.ts';
import type { RawSpan, SpanProblem } from './decode-spans.ts';

export interface SpanEnrichment {
  /** The span's id in the file (doccano numbers them), which relations name. */
  id?: number | string;
  entity?: Entity;
  value?: DateValue;
  valueStatus?: ValueStatus;
}

/** What a span object says beyond its offsets and label. */
export function readSpanEnrichment(span: RawSpan, problems: SpanProblem[]): SpanEnrichment {
  const object = span.object;
  if (object === undefined) return {};
  const at = (key: string) => childPointer(span.path, key);
  const found: SpanEnrichment = {};
  const { id, entity, value, value_status: status } = object;
  if (id !== undefined) {
    if (typeof id === 'string' || Number.isSafeInteger(id)) found.id = id as number | string;
    else
      problems.push({
        path: at('id'),
        message: `expected a span id (a number or a string), found ${describeValue(id)}`,
      });
  }
  if (entity !== undefined) {
    const read = readEntity(entity, at('entity'), problems);
    if (read !== undefined) found.entity = read;
  }
  if (value !== undefined) {
    const parsed = typeof value === 'string' ? parseDateValue(value) : undefined;
    if (parsed?.ok === true && parsed.value === value) found.value = parsed.value;
    else
      problems.push({
        path: at('value'),
        message:
          parsed?.ok === false
            ? parsed.message
            : `expected a date value, found ${describeValue(value)}`,
      });
  }
  if (status !== undefined) {
    if (VALUE_STATUSES.includes(status as ValueStatus) && value !== undefined)
      found.valueStatus = status as ValueStatus;
    else
      problems.push({
        path: at('value_status'),
        message:
          value === undefined
            ? 'a value status without a value'
            : `expected "suggested" or "confirmed", found ${describeValue(status)}`,
      });
  }
  return found;
}

function readEntity(value: unknown, path: string, problems: SpanProblem[]): Entity | undefined {
  if (!isRecord(value)) {
    problems.push({
      path,
      message: `expected an entity {"id", "name", "kind"}, found ${describeValue(value)}`,
    });
    return undefined;
  }
  const before = problems.length;
  const { id, name, kind, wikidata } = value;
  for (const [key, field] of [
    ['id', id],
    ['name', name],
  ] as const)
    if (typeof field !== 'string' || field === '')
      problems.push({
        path: childPointer(path, key),
        message: `expected a non-empty string, found ${describeValue(field)}`,
      });
  if (typeof kind !== 'string' || !isEntityKind(kind))
    problems.push({
      path: childPointer(path, 'kind'),
      message: `expected person, organisation, state, group or other, found ${describeValue(kind)}`,
    });
  if (
    wikidata !== undefined &&
    (typeof wikidata !== 'string' || !WIKIDATA_ID_PATTERN.test(wikidata))
  )
    problems.push({
      path: childPointer(path, 'wikidata'),
      message: `expected a Wikidata id, Q followed by digits, found ${describeValue(wikidata)}`,
    });
  if (problems.length > before) return undefined;
  return {
    id: asEntityId(id as string),
    name: name as string,
    kind: kind as Entity['kind'],
    aliases: [],
    ...(wikidata === undefined ? {} : { wikidata: wikidata as string }),
  };
}

export interface RawRelation {
  /** Indexes into the line's spans. */
  from: number;
  to: number;
  type: string;
  path: string;
}

/** The line's `relations`, each end resolved to the span with that id. */
export function readRelations(
  line: Record<string, unknown>,
  spanIndex: ReadonlyMap<number | string, number>,
  problems: SpanProblem[],
): RawRelation[] {
  const list = line.relations;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({
      path: '/relations',
      message: `expected an array of relations, found ${describeValue(list)}`,
    });
    return [];
  }
  const relations: RawRelation[] = [];
  list.forEach((item: unknown, i) => {
    const path = childPointer('/relations', i);
    if (!isRecord(item)) {
      problems.push({
        path,
        message: `expected a relation {"from_id", "to_id", "type"}, found ${describeValue(item)}`,
      });
      return;
    }
    const before = problems.length;
    const [from, to] = (['from_id', 'to_id'] as const).map((key) => {
      const index = spanIndex.get(item[key] as number | string);
      if (index === undefined)
        problems.push({
          path: childPointer(path, key),
          message: `expected the id of a span of this line, found ${describeValue(item[key])}`,
        });
      return index;
    });
    if (typeof item.type !== 'string' || item.type === '')
      problems.push({
        path: childPointer(path, 'type'),
        message: `expected the relation type as a non-empty string, found ${describeValue(item.type)}`,
      });
    if (problems.length === before)
      relations.push({ from: from!, to: to!, type: item.type as string, path });
  });
  return relations;
}
