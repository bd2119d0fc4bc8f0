// Several dataset files as one agreement input, the way `marginalia agree a.json b.json` reads
// them: typically one file per annotator, exported from different machines.
//
// - A document is its id (the hash of its text), so the same document in two files is one.
// - Annotations are grouped by their `annotator`. The same annotation in two files (same id,
//   document, annotator, label and offsets: one library exported twice) counts once.
// - An annotator a file lists in `annotators` rates every document of that file, even with no
//   spans in it: "I read it and found nothing" is data, and agreement must count it.
// - The reconciled layer (the reserved id `reconciled`) is a verdict drawn from the raters, not
//   a rater: agreeing with it would count the raters twice. Its annotations are left out, so a
//   merged dataset fed back to `agree` scores the people who annotated it. Only the id matters:
//   parseDataset refuses the role `reconciled` on any other id (review-checks.ts).
// - Relations come along with the annotations they link, and the same relation in two files
//   (same id, document, annotator, type and endpoints) counts once. An annotation of a later
//   file that reuses an earlier file's id for another span (a repeat moved since) gets an id of
//   its own, and that file's relations follow it, so each file's relations link that file's
//   spans.
// - Entities: each file's `entities`, by id. Files from different libraries may give one actor
//   different ids, which sameEntity settles by Wikidata id or name. The converse, one id that
//   two files define differently (another name or Wikidata id), is not trusted across them: the
//   later file's entity gets an id of its own, so its links are compared by Wikidata id and name
//   (app/entities/same-entity.ts). An id the files define alike stays one entity, which is what
//   sameEntity would say of the two definitions anyway.
//
// Not a merge in app/reconcile/merge.ts's sense (one reviewed dataset): only what agreement reads.

import type { EntityIdentity } from '../entities/same-entity.ts';
import type { DatasetEntity, DatasetV1 } from '../formats/dataset/types.ts';
import {
  asAnnotationId,
  asEntityId,
  type AnnotationId,
  type AnnotatorId,
  type DocumentId,
  type EntityId,
  type LabelId,
  type RelationTypeId,
} from '../model/ids.ts';
import { BUILT_IN_RELATION_TYPES } from '../model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import type { AgreementInput, AgreementRelation } from './agreement-types.ts';

/** What agreement needs, plus the names a reader wants to see. */
export interface DatasetsAgreementInput {
  input: AgreementInput & {
    raters: Map<DocumentId, AnnotatorId[]>;
    relations: AgreementRelation[];
    entities: EntityIdentity[];
  };
  /**
   * Document titles, label, annotator and relation type names, as the first file to mention
   * each has them (the built-in relation types' names when no file lists them).
   */
  titles: Map<DocumentId, string>;
  labelNames: Map<LabelId, string>;
  annotatorNames: Map<AnnotatorId, string>;
  relationTypeNames: Map<RelationTypeId, string>;
}

type Span = AgreementInput['annotations'][number];

/** What is kept per document while the files are read. */
interface DocumentState {
  raters: Set<AnnotatorId>;
  /** The first file in which each annotator has a span on the document. */
  firstFileOf: Map<AnnotatorId, number>;
  /** The spans kept so far and their annotation ids, indexed by id only once a repeat is possible. */
  spans: Span[];
  ids: string[];
  byId?: Map<string, Span[]>;
  /** The same for relations: the first file with each annotator's relations, and those kept. */
  firstRelationFileOf: Map<AnnotatorId, number>;
  relations: AgreementRelation[];
  relationIds: string[];
  relationsById?: Map<string, AgreementRelation[]>;
}

/**
 * The documents of all `datasets` (parsed and checked by parseDataset; in order of first
 * appearance) with their spans and raters.
 */
export function agreementInputOfDatasets(datasets: readonly DatasetV1[]): DatasetsAgreementInput {
  const documents: { id: DocumentId; text: string }[] = [];
  const titles = new Map<DocumentId, string>();
  const states = new Map<DocumentId, DocumentState>();
  const annotations: Span[] = [];
  const relations: AgreementRelation[] = [];
  const entities = new Map<EntityId, EntityIdentity>();
  const labelNames = new Map<LabelId, string>();
  const annotatorNames = new Map<AnnotatorId, string>();
  const relationTypeNames = new Map<RelationTypeId, string>();

  datasets.forEach((dataset, file) => {
    for (const { id, name } of dataset.labels) if (!labelNames.has(id)) labelNames.set(id, name);
    for (const { id, name } of dataset.relationTypes ?? [])
      if (!relationTypeNames.has(id)) relationTypeNames.set(id, name);
    const raters: AnnotatorId[] = [];
    for (const annotator of dataset.annotators) {
      if (annotator.id === RECONCILED_ANNOTATOR) continue;
      raters.push(annotator.id);
      if (!annotatorNames.has(annotator.id)) annotatorNames.set(annotator.id, annotator.name);
    }
    const entityIdOf = addEntities(entities, dataset.entities ?? [], file);
    for (const document of dataset.documents) {
      let state = states.get(document.id);
      if (state === undefined) {
        documents.push({ id: document.id, text: document.text });
        titles.set(document.id, document.title);
        state = {
          raters: new Set(),
          firstFileOf: new Map(),
          spans: [],
          ids: [],
          firstRelationFileOf: new Map(),
          relations: [],
          relationIds: [],
        };
        states.set(document.id, state);
      }
      for (const id of raters) state.raters.add(id);
      /** This file's annotation ids that had to change on this document (rare): old → new. */
      let moved: Map<string, AnnotationId> | undefined;
      for (const annotation of document.annotations) {
        const { label, start, end, annotator, entity, value } = annotation;
        if (annotator === RECONCILED_ANNOTATOR) continue;
        let id = annotation.id;
        const span: Span = {
          documentId: document.id,
          label,
          start,
          end,
          annotator,
          id,
          entity: entity === undefined ? undefined : entityIdOf(entity),
          value,
        };
        // Ids are unique within a file, so a repeat needs the annotator's spans on this
        // document from an earlier file; only then is the document indexed by id (at 100,000
        // spans, a map of every id would cost more than the rest of this pass).
        const firstFile = state.firstFileOf.get(annotator);
        if (firstFile === undefined) state.firstFileOf.set(annotator, file);
        else if (firstFile !== file) {
          state.byId ??= indexById(state.ids, state.spans);
          const kept = state.byId.get(id);
          if (kept?.some((other) => sameSpan(other, span))) continue;
          if (kept !== undefined) {
            id = freshId(id, file, (candidate) => state.byId!.has(candidate), asAnnotationId);
            span.id = id;
            (moved ??= new Map()).set(annotation.id, id);
          }
        }
        annotations.push(span);
        state.spans.push(span);
        state.ids.push(id);
        if (state.byId !== undefined) addTo(state.byId, id, span);
      }
      for (const relation of document.relations ?? []) {
        const { annotator, type } = relation;
        if (annotator === RECONCILED_ANNOTATOR) continue;
        const from = moved?.get(relation.from) ?? relation.from;
        const to = moved?.get(relation.to) ?? relation.to;
        const kept: AgreementRelation = { documentId: document.id, type, from, to, annotator };
        // As for annotations: relation ids are unique within a file.
        const firstFile = state.firstRelationFileOf.get(annotator);
        if (firstFile === undefined) state.firstRelationFileOf.set(annotator, file);
        else if (firstFile !== file) {
          state.relationsById ??= indexById(state.relationIds, state.relations);
          if (state.relationsById.get(relation.id)?.some((other) => sameRelation(other, kept)))
            continue;
        }
        relations.push(kept);
        state.relations.push(kept);
        state.relationIds.push(relation.id);
        if (state.relationsById !== undefined) addTo(state.relationsById, relation.id, kept);
      }
    }
  });
  for (const { id, name } of BUILT_IN_RELATION_TYPES)
    if (!relationTypeNames.has(id)) relationTypeNames.set(id, name);
  return {
    input: {
      documents,
      annotations,
      raters: new Map([...states].map(([id, state]) => [id, [...state.raters]])),
      relations,
      entities: [...entities.values()],
    },
    titles,
    labelNames,
    annotatorNames,
    relationTypeNames,
  };
}

/**
 * Adds a file's entities to `entities` and returns how the file's entity ids read in the
 * input: as they are, unless an earlier file gave the id to an entity with another name or
 * Wikidata id (then an id of the file's own, see the module comment).
 */
function addEntities(
  entities: Map<EntityId, EntityIdentity>,
  list: readonly DatasetEntity[],
  file: number,
): (id: EntityId) => EntityId {
  let renamed: Map<EntityId, EntityId> | undefined;
  for (const { id, name, wikidata } of list) {
    const known = entities.get(id);
    const entity: EntityIdentity = wikidata === undefined ? { id, name } : { id, name, wikidata };
    if (known === undefined) entities.set(id, entity);
    else if (known.name !== name || known.wikidata !== wikidata) {
      const own = freshId(id, file, (candidate) => entities.has(candidate), asEntityId);
      entities.set(own, { ...entity, id: own });
      (renamed ??= new Map()).set(id, own);
    }
  }
  return renamed === undefined ? (id) => id : (id) => renamed.get(id) ?? id;
}

/** `id` marked with its file (1-based), and further if that is taken too. */
function freshId<T extends string>(
  id: string,
  file: number,
  taken: (candidate: T) => boolean,
  as: (value: string) => T,
): T {
  let candidate = as(`${id} (file ${file + 1})`);
  while (taken(candidate)) candidate = as(`${candidate}'`);
  return candidate;
}

function indexById<T>(ids: readonly string[], items: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  ids.forEach((id, i) => addTo(index, id, items[i]!));
  return index;
}

function addTo<T>(index: Map<string, T[]>, id: string, item: T): void {
  const list = index.get(id);
  if (list === undefined) index.set(id, [item]);
  else list.push(item);
}

function sameRelation(a: AgreementRelation, b: AgreementRelation): boolean {
  return a.annotator === b.annotator && a.type === b.type && a.from === b.from && a.to === b.to;
}

function sameSpan(a: Span, b: Span): boolean {
  return (
    a.documentId === b.documentId &&
    a.annotator === b.annotator &&
    a.label === b.label &&
    a.start === b.start &&
    a.end === b.end
  );
}
