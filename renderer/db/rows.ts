import type { Annotation, Annotator } from '../../app/model/annotation.ts';
import type { ImportOrphan } from '../../app/import/plan-types.ts';
import type {
  AnnotationId,
  AnnotatorId,
  DocumentId,
  RelationId,
  RelationTypeId,
} from '../../app/model/ids.ts';
import type { Relation } from '../../app/model/relation.ts';
import type { DocumentReview, RelationProvenance } from '../../app/model/review.ts';

/** What the library lists; the text lives apart so listing never loads megabytes. */
export interface DocumentRow {
  id: DocumentId;
  title: string;
  /** Where it came from: the imported file's name. */
  sourceName: string;
  format: 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'dataset';
  /** Length of the text in code points. */
  length: number;
  /** Annotations per label id, over every layer. */
  counts: Record<string, number>;
  /** `YYYY-MM-DD`: what the document's relative dates are resolved against. */
  publishedAt?: string;
  /** The rest of what the document says about itself (app/model/document-metadata.ts). */
  source?: string;
  authors?: string[];
  url?: string;
  language?: string;
  /** Where each page starts in the text, in code points (documents imported from PDF). */
  pageStarts?: number[];
  createdAt: string;
  updatedAt: string;
}

export interface TextRow {
  id: DocumentId;
  text: string;
}

/** One annotator's annotations on one document, as of the last compaction. */
export interface LayerRow {
  key: string;
  documentId: DocumentId;
  annotatorId: AnnotatorId;
  annotations: Annotation[];
}

/** One annotator's relations on one document (same key as the layer), as of the last compaction. */
export interface RelationLayerRow {
  key: string;
  documentId: DocumentId;
  annotatorId: AnnotatorId;
  relations: StoredRelation[];
}

/**
 * A relation as a layer record stores it: `[id, type, from, to, createdAt, updatedAt]`, its
 * document and annotator being the layer's. Opening a document deserialises every relation of
 * its layers before the first paint, and a tuple costs about half an object with named fields
 * (measured with V8's serialiser, 10,000 annotations and 6,000 relations: 21 ms → 10 ms).
 * A relation of the reconciled layer adds its provenance as a seventh element; every other
 * relation stays six long, so records written before provenance existed load as they are and
 * the common case pays nothing (no schema version needed).
 */
export type StoredRelation = readonly [
  id: RelationId,
  type: RelationTypeId,
  from: AnnotationId,
  to: AnnotationId,
  createdAt: string,
  updatedAt: string,
  provenance?: RelationProvenance,
];

export function storeRelation(relation: Relation): StoredRelation {
  const { id, type, from, to, createdAt, updatedAt, provenance } = relation;
  return provenance === undefined
    ? [id, type, from, to, createdAt, updatedAt]
    : [id, type, from, to, createdAt, updatedAt, provenance];
}

export function loadRelation(
  stored: StoredRelation,
  documentId: DocumentId,
  annotator: AnnotatorId,
): Relation {
  const [id, type, from, to, createdAt, updatedAt, provenance] = stored;
  const relation: Relation = { id, documentId, type, from, to, annotator, createdAt, updatedAt };
  if (provenance !== undefined) relation.provenance = provenance;
  return relation;
}

/** A layer as readers see it: its journal folded in, its relations as Relation objects. */
export interface FoldedLayer extends LayerRow {
  relations: Relation[];
}

/** One change since the layer's snapshot: an annotation or a relation written, or one removed. */
export type EditRow =
  | { seq?: number; layerKey: string; documentId: DocumentId; op: 'put'; annotation: Annotation }
  | {
      seq?: number;
      layerKey: string;
      documentId: DocumentId;
      op: 'delete';
      annotationId: AnnotationId;
    }
  | {
      seq?: number;
      layerKey: string;
      documentId: DocumentId;
      op: 'put-relation';
      relation: Relation;
    }
  | {
      seq?: number;
      layerKey: string;
      documentId: DocumentId;
      op: 'delete-relation';
      relationId: RelationId;
    };

export type AnnotatorRow = Annotator;

/** An imported annotation that could not be placed in its document's text, kept as it came. */
export interface OrphanRow extends ImportOrphan {
  /** The file it came from, and when. */
  fileName: string;
  importedAt: string;
}

/** One document's review: the annotators compared and the review entries (app/model/review.ts). */
export type ReviewRow = DocumentReview;

export interface SettingRow {
  key: string;
  value: unknown;
}

export function layerKeyOf(documentId: DocumentId, annotatorId: AnnotatorId): string {
  return `${documentId}|${annotatorId}`;
}

/**
 * The two halves of a layer key, split at the first "|": a document id (`sha256:<hex>`) never
 * holds one, while an annotator id is opaque and may (an imported `team|alice`).
 */
export function parseLayerKey(key: string): { documentId: DocumentId; annotatorId: AnnotatorId } {
  const separator = key.indexOf('|');
  return {
    documentId: key.slice(0, separator) as DocumentId,
    annotatorId: key.slice(separator + 1) as AnnotatorId,
  };
}
