// Model → JSONL for NLP training: one document per line, spans as code-point offsets, which is
// what Python's str indices count, so `doc.char_span(start, end, label)` in spaCy and doccano's
// importer take them as they are. Two shapes:
//   jsonl    {"id": "sha256:…", "text": "…",
//             "spans": [{"id": 1, "start": 0, "end": 5, "label": "actor",
//                        "entity": {"id": "…", "name": "Mike Pompeo", "kind": "person", "wikidata": "Q473239"}},
//                       {"id": 2, "start": 9, "end": 19, "label": "date", "value": "2020-10-26", "value_status": "confirmed"}],
//             "relations": [{"id": 1, "from_id": 3, "to_id": 1, "type": "claimant"}]}
//   doccano  {"id": "sha256:…", "text": "…", "label": [[0, 5, "actor"]]}
// A line carries a document's id, text, spans and relations only: no titles, annotators, notes,
// timestamps or annotation ids. Two annotations of one span with one label (two annotators
// agreeing) are one training example, so they are written once, and so are their relations.
// Where their entities or values differ the span keeps one of each, the first by annotation id
// (two spans at one place with one label would be one annotation again on import); the dataset
// export keeps both layers' choices. Span and relation ids are numbers counted through the file, as doccano's
// relation export numbers them; relations name spans by those ids (`from_id`, `to_id`). The
// doccano shape is sequence labelling, a triple per span, with no room for ids, entities,
// values or relations.

import type { Annotation } from '../../model/annotation.ts';
import type { Entity } from '../../model/entity.ts';
import type { EntityId } from '../../model/ids.ts';
import { compareRelations } from '../../model/relation.ts';
import type { DatasetModel } from '../dataset/index.ts';
import { groupByDocument } from '../group-by-document.ts';

/** What a span says: where, which label, and (when it has them) its entity and value. */
interface Span {
  start: number;
  end: number;
  label: string;
  entity?: { id: string; name: string; kind: string; wikidata?: string };
  value?: string;
  value_status?: string;
}

interface JsonlRelation {
  id: number;
  from_id: number;
  to_id: number;
  type: string;
}

/** One `{"id","text","spans","relations"}` line per document (in the order given), newline-ended. */
export function encodeJsonl(model: DatasetModel): string {
  const entities = new Map((model.entities ?? []).map((entity) => [entity.id, entity]));
  const relations = groupByDocument([...(model.relations ?? [])].sort(compareRelations));
  const counters = { span: 0, relation: 0 };
  return linesOf(model, entities, (document, spans) => {
    const ids = new Map<Span, number>(spans.map((span) => [span.span, ++counters.span]));
    const idOf = new Map<string, number>();
    for (const { span, annotations } of spans)
      for (const annotation of annotations) idOf.set(annotation, ids.get(span)!);
    const written = new Map<string, JsonlRelation>();
    for (const relation of relations.get(document.id) ?? []) {
      const from = idOf.get(relation.from);
      const to = idOf.get(relation.to);
      const key = JSON.stringify([from, to, relation.type]);
      if (from === undefined || to === undefined || written.has(key)) continue;
      written.set(key, { id: ++counters.relation, from_id: from, to_id: to, type: relation.type });
    }
    return {
      id: document.id,
      text: document.text,
      spans: spans.map(({ span }) => ({ id: ids.get(span)!, ...span })),
      relations: [...written.values()],
    };
  });
}

/** doccano's sequence-labelling shape: `{"id","text","label":[[start,end,"label"],…]}` per line. */
export function encodeDoccanoJsonl(model: DatasetModel): string {
  return linesOf(model, new Map(), (document, spans) => ({
    id: document.id,
    text: document.text,
    label: spans.map(({ span: { start, end, label } }) => [start, end, label]),
  }));
}

/** A distinct span and the ids of the annotations it stands for. */
interface Grouped {
  span: Span;
  annotations: string[];
}

function linesOf(
  model: DatasetModel,
  entities: ReadonlyMap<EntityId, Entity>,
  line: (document: DatasetModel['documents'][number], spans: Grouped[]) => unknown,
): string {
  const byDocument = groupByDocument(model.annotations);
  return model.documents
    .map(
      (document) =>
        `${toJsonLine(line(document, spansOf(byDocument.get(document.id) ?? [], entities)))}\n`,
    )
    .join('');
}

/** Distinct (start, end, label) spans by start, then end, then label. */
function spansOf(annotations: Annotation[], entities: ReadonlyMap<EntityId, Entity>): Grouped[] {
  const distinct = new Map<string, Annotation[]>();
  for (const annotation of [...annotations].sort((a, b) => compare(a.id, b.id))) {
    const key = JSON.stringify([annotation.start, annotation.end, annotation.label]);
    distinct.set(key, [...(distinct.get(key) ?? []), annotation]);
  }
  return [...distinct.values()]
    .map((group) => ({ span: spanOf(group, entities), annotations: group.map((a) => a.id) }))
    .sort(
      ({ span: a }, { span: b }) => a.start - b.start || a.end - b.end || compare(a.label, b.label),
    );
}

/** The span of annotations at one place with one label (in id order): the first entity and value. */
function spanOf(group: Annotation[], entities: ReadonlyMap<EntityId, Entity>): Span {
  const { start, end, label } = group[0]!;
  const span: Span = { start, end, label };
  const linked = group.find((annotation) => annotation.entity !== undefined)?.entity;
  if (linked !== undefined) {
    const entity = entities.get(linked);
    span.entity = {
      id: linked,
      // An entity the model does not list still has an id; its name is then unknown.
      name: entity?.name ?? linked,
      kind: entity?.kind ?? 'other',
      ...(entity?.wikidata === undefined ? {} : { wikidata: entity.wikidata }),
    };
  }
  const dated = group.find((annotation) => annotation.value !== undefined);
  if (dated !== undefined) span.value = dated.value;
  if (dated?.valueStatus !== undefined) span.value_status = dated.valueStatus;
  return span;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * JSON on one line. JSON.stringify escapes LF and CR but not U+0085, U+2028 and U+2029, which
 * Python's str.splitlines() (and some editors) treat as line ends: escaped too, so a document
 * containing them never splits its line.
 */
function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
