// Model → dataset for the enrichment of issue 8: relation types, entities and each document's
// relations. Sorted like everything else the encoder writes, so the same library exports to the
// same bytes and a dataset under version control diffs cleanly.

import type { Annotation } from '../../model/annotation.ts';
import { compareStrings } from '../../model/compare-strings.ts';
import type { Entity } from '../../model/entity.ts';
import type { AnnotationId, EntityId, RelationTypeId } from '../../model/ids.ts';
import {
  BUILT_IN_RELATION_TYPES,
  compareRelations,
  type Relation,
  type RelationType,
} from '../../model/relation.ts';
import type { RelationProvenance } from '../../model/review.ts';
import type { DatasetEntity, DatasetRelation, DatasetRelationType } from './types.ts';

/**
 * The built-ins first (in their order), then the other types given, in the order given. The
 * built-ins are always written, whatever the caller passes: a reader that predates a type still
 * learns what its relations link, and a built-in is never written with other labels (the reader
 * refuses that).
 */
export function encodeRelationTypes(given: readonly RelationType[] = []): DatasetRelationType[] {
  const types = new Map<RelationTypeId, DatasetRelationType>();
  for (const { id, name, from, to } of [...BUILT_IN_RELATION_TYPES, ...given])
    if (!types.has(id)) types.set(id, { id, name, from, to });
  return [...types.values()];
}

/**
 * The entities given, sorted by id (a rename then moves no line), plus a stand-in for any an
 * included annotation links to but that was not given: its id as name, kind `other`. As with
 * labels, a file whose references dangle would be refused by every reader.
 */
export function encodeEntities(
  given: readonly Entity[] = [],
  annotations: readonly Annotation[],
): DatasetEntity[] {
  const entities = new Map<EntityId, DatasetEntity>();
  for (const entity of given)
    if (!entities.has(entity.id)) entities.set(entity.id, copyEntity(entity));
  for (const { entity } of annotations) {
    if (entity !== undefined && !entities.has(entity))
      entities.set(entity, { id: entity, name: entity, kind: 'other', aliases: [] });
  }
  return [...entities.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * An entity's version-1 fields, listed one by one: the model may grow fields that do not belong
 * in the file, and a later version's file may carry fields that must not reach the library. The
 * model and the file hold the same fields, so one copy serves writing and reading.
 */
export function copyEntity(entity: Entity | DatasetEntity): Entity & DatasetEntity {
  const { id, name, kind, aliases, wikidata, note } = entity;
  const copied: Entity & DatasetEntity = { id, name, kind, aliases: [...aliases] };
  if (wikidata !== undefined) copied.wikidata = wikidata;
  if (note !== undefined) copied.note = note;
  return copied;
}

/**
 * A document's relations, sorted by source, type, target and id. A relation whose endpoints are
 * not both among the document's exported annotations is left out: a caller exporting one layer
 * or a selection exports the relations within it, and a dangling one would make the file
 * unreadable (deleting an annotation deletes its relations, so a whole library has none).
 */
export function encodeRelations(
  relations: readonly Relation[],
  annotations: readonly Annotation[],
): DatasetRelation[] {
  const present = new Set<AnnotationId>(annotations.map((annotation) => annotation.id));
  return relations
    .filter((relation) => present.has(relation.from) && present.has(relation.to))
    .sort(compareRelations)
    .map(copyRelation);
}

/**
 * A relation's version-1 fields, listed one by one, for writing (the model's relation also
 * names its document) and for reading (a later version's extras stay out). A reconciled
 * relation's provenance comes last, as an annotation's does.
 */
export function copyRelation(relation: Relation | DatasetRelation): DatasetRelation {
  const { id, type, from, to, annotator, createdAt, updatedAt, provenance } = relation;
  const copied: DatasetRelation = { id, type, from, to, annotator, createdAt, updatedAt };
  if (provenance !== undefined) copied.provenance = copyRelationProvenance(provenance);
  return copied;
}

/** A relation's provenance with the format's fields only, its sources in the order given. */
export function copyRelationProvenance(provenance: RelationProvenance): RelationProvenance {
  const { decision, decidedBy, decidedAt, sources } = provenance;
  return {
    decision,
    decidedBy,
    decidedAt,
    sources: sources.map(({ annotator, relationId, from, to }) => ({
      annotator,
      relationId,
      from,
      to,
    })),
  };
}
