// The enrichment a W3C export carries beside the tagged spans: an actor's entity as an
// identifying body, a date's calendar value as a describing body, and each relation as a
// linking annotation of its own (the shapes are described in types.ts).

import type { Annotation } from '../../model/annotation.ts';
import { wikidataIri, type Entity } from '../../model/entity.ts';
import type { AnnotationId, AnnotatorId, DocumentId, EntityId } from '../../model/ids.ts';
import { compareRelations, type Relation } from '../../model/relation.ts';
import type { DatasetModel } from '../dataset/index.ts';
import { annotationIri, annotatorIri, entityIri, relationIri } from './iris.ts';
import {
  COLLECTION_CONTEXT,
  type W3cAgent,
  type W3cBody,
  type W3cEntityDescription,
  type W3cLinkingAnnotation,
  type W3cRelationTypeDescription,
} from './types.ts';

/** The entity and value bodies of an annotation (none when it has neither). */
export function enrichmentBodies(
  annotation: Annotation | undefined,
  entities: ReadonlyMap<EntityId, Entity>,
): W3cBody[] {
  const bodies: W3cBody[] = [];
  if (annotation?.entity !== undefined) {
    const entity = entities.get(annotation.entity);
    bodies.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source:
        entity?.wikidata === undefined
          ? entityIri(annotation.entity)
          : wikidataIri(entity.wikidata),
      'marginalia:entity': entityIri(annotation.entity),
    });
  }
  if (annotation?.value !== undefined)
    bodies.push({
      type: 'TextualBody',
      purpose: 'describing',
      value: annotation.value,
      format: 'text/plain',
      ...(annotation.valueStatus === undefined
        ? {}
        : { 'marginalia:valueStatus': annotation.valueStatus }),
    });
  return bodies;
}

/**
 * The relations of one document whose two ends are both exported, in the order of every list
 * (compareRelations): a relation to an annotation left out would point at nothing.
 */
export function exportedRelations(
  model: DatasetModel,
  document: DocumentId,
  exported: ReadonlySet<AnnotationId>,
): Relation[] {
  return (model.relations ?? [])
    .filter(
      (relation) =>
        relation.documentId === document &&
        exported.has(relation.from) &&
        exported.has(relation.to),
    )
    .sort(compareRelations);
}

export function encodeRelation(
  relation: Relation,
  annotatorName: (id: AnnotatorId) => string,
  generator: W3cAgent,
): W3cLinkingAnnotation {
  return {
    '@context': COLLECTION_CONTEXT,
    id: relationIri(relation.id),
    type: 'Annotation',
    motivation: 'linking',
    creator: {
      id: annotatorIri(relation.annotator),
      type: 'Person',
      name: annotatorName(relation.annotator),
    },
    created: relation.createdAt,
    modified: relation.updatedAt,
    generator,
    body: annotationIri(relation.to),
    target: annotationIri(relation.from),
    'marginalia:relationType': relation.type,
  };
}

export function describeEntity(entity: Entity): W3cEntityDescription {
  return {
    id: entityIri(entity.id),
    'marginalia:name': entity.name,
    'marginalia:kind': entity.kind,
    'marginalia:aliases': [...entity.aliases],
    ...(entity.wikidata === undefined ? {} : { 'marginalia:wikidata': entity.wikidata }),
    ...(entity.note === undefined ? {} : { 'marginalia:note': entity.note }),
  };
}

export function describeRelationTypes(
  model: DatasetModel,
): W3cRelationTypeDescription[] | undefined {
  return model.relationTypes?.map((type) => ({
    'marginalia:id': type.id,
    'marginalia:name': type.name,
    'marginalia:from': type.from,
    'marginalia:to': type.to,
    ...(type.single === undefined ? {} : { 'marginalia:single': type.single }),
  }));
}
