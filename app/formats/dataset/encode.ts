// Model → dataset. Deterministic, so exporting the same library twice gives the same bytes
// (apart from exportedAt) and datasets diff cleanly under version control.

import type { Annotation, Annotator, SourceDocument } from '../../model/annotation.ts';
import { compareStrings } from '../../model/compare-strings.ts';
import { metadataOf } from '../../model/document-metadata.ts';
import { pageOf } from '../../model/pages.ts';
import type { Entity } from '../../model/entity.ts';
import type { AnnotationId, AnnotatorId, DocumentId, LabelId } from '../../model/ids.ts';
import { BUILT_IN_LABELS, type Label } from '../../model/labels.ts';
import type { Relation, RelationType } from '../../model/relation.ts';
import {
  RECONCILED_ANNOTATOR,
  RECONCILED_ANNOTATOR_ENTRY,
  type AnnotationProvenance,
  type DocumentReview,
  type EnrichmentProvenance,
} from '../../model/review.ts';
import { encodeEntities, encodeRelations, encodeRelationTypes } from './encode-enrichment.ts';
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  type DatasetAnnotation,
  type DatasetAnnotator,
  type DatasetDocument,
  type DatasetLabel,
  type DatasetReview,
  type DatasetV1,
} from './types.ts';

export const GENERATOR_NAME = 'Marginalia';

export interface DatasetInput {
  documents: SourceDocument[];
  annotations: Annotation[];
  annotators: Annotator[];
  labels: Label[];
  exportedAt: Date;
  generatorVersion: string;
  /** Review state of the documents that have one (docs/reconciliation.md); at most one each. */
  reviews?: DocumentReview[];
  /** The documents' relations; those of documents or annotations not exported are left out. */
  relations?: Relation[];
  /** Relation types beyond the built-ins (which are always written). */
  relationTypes?: RelationType[];
  /** The entity list to write (all of it); entities annotations link to are always written. */
  entities?: Entity[];
}

/**
 * Builds a dataset of `documents` (in the order given), each with its annotations sorted by
 * start, end, then id. Annotations of documents not given are left out, so a caller can export
 * a selection. Annotators and labels are the ones given plus any an annotation refers to but
 * that were not given; those are filled in (built-in label, or the id as name) rather than
 * writing a file whose references dangle (entities likewise). A document's review and the
 * provenance of reconciled annotations and relations are written as given; relations as
 * encodeRelations says.
 */
export function encodeDataset(input: DatasetInput): DatasetV1 {
  const byDocument = new Map<DocumentId, Annotation[]>(
    input.documents.map((document) => [document.id, []]),
  );
  for (const annotation of input.annotations)
    byDocument.get(annotation.documentId)?.push(annotation);
  const included = [...byDocument.values()].flat();
  const reviews = new Map((input.reviews ?? []).map((review) => [review.documentId, review]));
  const relations = new Map<DocumentId, Relation[]>();
  for (const relation of input.relations ?? []) {
    const list = relations.get(relation.documentId);
    if (list === undefined) relations.set(relation.documentId, [relation]);
    else list.push(relation);
  }
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    generator: { name: GENERATOR_NAME, version: input.generatorVersion },
    annotators: encodeAnnotators(input.annotators, included),
    labels: encodeLabels(input.labels, included),
    relationTypes: encodeRelationTypes(input.relationTypes),
    entities: encodeEntities(input.entities, included),
    documents: input.documents.map((document) => {
      const annotations = byDocument.get(document.id)!.sort(compareByPosition);
      // Key order is the file's: the metadata sits with the title, before the (long) text.
      const { pageStarts } = document;
      const encoded: DatasetDocument = {
        id: document.id,
        title: document.title,
        ...metadataOf(document),
        text: document.text,
        ...(pageStarts === undefined ? {} : { pageStarts }),
        annotations: annotations.map((annotation) => encodeAnnotation(annotation, pageStarts)),
      };
      const linked = encodeRelations(relations.get(document.id) ?? [], annotations);
      if (linked.length > 0) encoded.relations = linked;
      const review = reviews.get(document.id);
      if (review !== undefined) encoded.review = encodeReview(review);
      return encoded;
    }),
  };
}

function compareByPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.id, b.id);
}

function encodeAnnotation(
  annotation: Annotation,
  pageStarts: readonly number[] | undefined,
): DatasetAnnotation {
  // Listed field by field: the model may grow fields that do not belong in the file.
  const encoded: DatasetAnnotation = {
    id: annotation.id,
    label: annotation.label,
    start: annotation.start,
    end: annotation.end,
    quote: annotation.quote,
    ...(pageStarts === undefined ? {} : { page: pageOf(pageStarts, annotation.start) }),
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    note: annotation.note,
    annotator: annotation.annotator,
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
  };
  if (annotation.entity !== undefined) encoded.entity = annotation.entity;
  if (annotation.value !== undefined) encoded.value = annotation.value;
  if (annotation.valueStatus !== undefined) encoded.valueStatus = annotation.valueStatus;
  if (annotation.provenance !== undefined)
    encoded.provenance = encodeProvenance(annotation.provenance);
  return encoded;
}

/**
 * A copy with the format's fields only (reading a file copies them this way too), in the file's
 * order: the span's decision, its sources, then how the entity and the value were decided (each
 * left out when absent). `finalIdOf` gives a cited annotation's id in the file being written,
 * where that differs from the one cited: `marginalia merge` renames ids that clash between its
 * inputs.
 */
export function encodeProvenance(
  provenance: AnnotationProvenance,
  finalIdOf?: (annotator: AnnotatorId, annotationId: string) => string,
): AnnotationProvenance {
  const encoded: AnnotationProvenance = {
    decision: provenance.decision,
    decidedBy: provenance.decidedBy,
    decidedAt: provenance.decidedAt,
    sources: provenance.sources.map(({ annotator, annotationId, label, start, end }) => ({
      annotator,
      annotationId:
        finalIdOf === undefined
          ? annotationId
          : (finalIdOf(annotator, annotationId) as AnnotationId),
      label,
      start,
      end,
    })),
  };
  if (provenance.entity !== undefined)
    encoded.entity = encodeEnrichmentProvenance(provenance.entity);
  if (provenance.value !== undefined) encoded.value = encodeEnrichmentProvenance(provenance.value);
  return encoded;
}

function encodeEnrichmentProvenance({
  decision,
  decidedBy,
  decidedAt,
  annotators,
}: EnrichmentProvenance): EnrichmentProvenance {
  return { decision, decidedBy, decidedAt, annotators: [...annotators] };
}

/** A copy with the format's fields only (reading a file copies them this way too). */
export function encodeReview(review: DatasetReview): DatasetReview {
  return {
    annotators: [...review.annotators],
    conflicts: review.conflicts.map(({ id, kind, annotations, status }) => ({
      id,
      kind,
      annotations: [...annotations],
      status,
    })),
  };
}

function encodeAnnotators(given: Annotator[], annotations: Annotation[]): DatasetAnnotator[] {
  const annotators = new Map<AnnotatorId, DatasetAnnotator>();
  for (const { id, name, role } of given) {
    if (annotators.has(id)) continue;
    // Only the reserved id is the reconciled layer, whatever the caller says (see the schema):
    // the encoder never writes a file its own reader refuses.
    const written =
      id === RECONCILED_ANNOTATOR ? 'reconciled' : role === 'reconciled' ? undefined : role;
    annotators.set(id, written === undefined ? { id, name } : { id, name, role: written });
  }
  for (const { annotator: id } of annotations) {
    if (!annotators.has(id))
      annotators.set(
        id,
        id === RECONCILED_ANNOTATOR ? { ...RECONCILED_ANNOTATOR_ENTRY } : { id, name: id },
      );
  }
  return [...annotators.values()];
}

function encodeLabels(given: Label[], annotations: Annotation[]): DatasetLabel[] {
  const labels = new Map<LabelId, DatasetLabel>();
  const add = (label: Label) => {
    if (labels.has(label.id)) return;
    const { id, name, color, shortcut } = label;
    labels.set(id, shortcut === undefined ? { id, name, color } : { id, name, color, shortcut });
  };
  given.forEach(add);
  for (const { label: id } of annotations) {
    if (!labels.has(id))
      add(
        BUILT_IN_LABELS.find((label) => label.id === id) ?? {
          id,
          name: id,
          color: UNKNOWN_LABEL_COLOR,
        },
      );
  }
  return [...labels.values()];
}

/** Neutral grey for a label an annotation uses but the library no longer defines. */
const UNKNOWN_LABEL_COLOR = '#808080';
