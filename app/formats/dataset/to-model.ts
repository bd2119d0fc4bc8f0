// Dataset → model, for importers. Expects a dataset parseDataset accepted; fields the format
// leaves optional get the values Marginalia would have written.

import {
  QUOTE_CONTEXT_LENGTH,
  type Annotation,
  type Annotator,
  type SourceDocument,
} from '../../model/annotation.ts';
import type { Entity } from '../../model/entity.ts';
import type { Label } from '../../model/labels.ts';
import { BUILT_IN_RELATION_TYPES, type Relation, type RelationType } from '../../model/relation.ts';
import type { DocumentReview } from '../../model/review.ts';
import { CodePointIndex, sliceByCodePoints } from '../../text/code-points.ts';
import { encodeProvenance } from './encode.ts';
import { copyEntity, copyRelation } from './encode-enrichment.ts';
import type { DatasetRelationType, DatasetV1 } from './types.ts';
import { normaliseLabelColour } from '../../model/label-colour.ts';
import { metadataOf } from '../../model/document-metadata.ts';

export interface DatasetModel {
  documents: SourceDocument[];
  annotations: Annotation[];
  annotators: Annotator[];
  labels: Label[];
  /** The documents' reviews (docs/reconciliation.md); absent when no document has one. */
  reviews?: DocumentReview[];
  /** Links between annotations of one document and layer (app/model/relation.ts); absent when none. */
  relations?: Relation[];
  /** The relation types the relations use; the built-ins when absent. */
  relationTypes?: RelationType[];
  /** The entities actor annotations link to, or the library's whole list; absent when none. */
  entities?: Entity[];
}

/**
 * The model objects a dataset describes. Only version-1 fields are copied, so properties a
 * later version adds never leak into the library. Missing prefix/suffix are taken from the
 * text; a missing note is empty. Annotator roles, provenance and reviews come along when present;
 * so do relations, relation types, entities, entity links, date values and publication dates.
 */
export function datasetToModel(dataset: DatasetV1): DatasetModel {
  const annotations: Annotation[] = [];
  const reviews: DocumentReview[] = [];
  const relations: Relation[] = [];
  for (const document of dataset.documents) {
    for (const relation of document.relations ?? [])
      relations.push({ ...copyRelation(relation), documentId: document.id });
    if (document.review !== undefined) {
      const { annotators, conflicts } = document.review;
      reviews.push({
        documentId: document.id,
        annotators: [...annotators],
        conflicts: conflicts.map(({ id, kind, annotations: members, status }) => ({
          id,
          kind,
          annotations: [...members],
          status,
        })),
      });
    }
    const index = new CodePointIndex(document.text);
    for (const annotation of document.annotations) {
      const { start, end } = annotation;
      const copied: Annotation = {
        id: annotation.id,
        documentId: document.id,
        label: annotation.label,
        start,
        end,
        quote: annotation.quote,
        prefix:
          annotation.prefix ??
          sliceByCodePoints(document.text, Math.max(0, start - QUOTE_CONTEXT_LENGTH), start, index),
        suffix:
          annotation.suffix ??
          sliceByCodePoints(
            document.text,
            end,
            Math.min(index.codePointLength, end + QUOTE_CONTEXT_LENGTH),
            index,
          ),
        annotator: annotation.annotator,
        note: annotation.note ?? '',
        createdAt: annotation.createdAt,
        updatedAt: annotation.updatedAt,
      };
      if (annotation.provenance !== undefined)
        copied.provenance = encodeProvenance(annotation.provenance);
      if (annotation.entity !== undefined) copied.entity = annotation.entity;
      if (annotation.value !== undefined) copied.value = annotation.value;
      if (annotation.valueStatus !== undefined) copied.valueStatus = annotation.valueStatus;
      annotations.push(copied);
    }
  }
  const model: DatasetModel = {
    documents: dataset.documents.map((document) => {
      const { id, title, text, pageStarts } = document;
      const source: SourceDocument = { id, title, text, ...metadataOf(document) };
      if (pageStarts !== undefined) source.pageStarts = pageStarts;
      return source;
    }),
    annotations,
    annotators: dataset.annotators.map(({ id, name, role }) =>
      role === undefined ? { id, name } : { id, name, role },
    ),
    labels: dataset.labels.map(({ id, name, color: written, shortcut }) => {
      // The schema admitted only hex forms, so there is always a colour here.
      const color = normaliseLabelColour(written) ?? written;
      return shortcut === undefined ? { id, name, color } : { id, name, color, shortcut };
    }),
  };
  if (reviews.length > 0) model.reviews = reviews;
  if (relations.length > 0) model.relations = relations;
  return Object.assign(model, relationTypesAndEntitiesOf(dataset));
}

/**
 * The dataset's relation types (when it lists them) and entities (when it has any) as the model
 * holds them: what the model and the import bundle (app/import/dataset-to-bundle.ts) both take.
 */
export function relationTypesAndEntitiesOf(
  dataset: DatasetV1,
): Pick<DatasetModel, 'relationTypes' | 'entities'> {
  const lists: Pick<DatasetModel, 'relationTypes' | 'entities'> = {};
  if (dataset.relationTypes !== undefined)
    lists.relationTypes = dataset.relationTypes.map(relationTypeOf);
  if (dataset.entities !== undefined && dataset.entities.length > 0)
    lists.entities = dataset.entities.map(copyEntity);
  return lists;
}

/** A type as the model holds it; `single` is the built-in's, which the file does not carry. */
function relationTypeOf({ id, name, from, to }: DatasetRelationType): RelationType {
  const builtIn = BUILT_IN_RELATION_TYPES.find((type) => type.id === id);
  return builtIn?.single === undefined
    ? { id, name, from, to }
    : { id, name, from, to, single: builtIn.single };
}
