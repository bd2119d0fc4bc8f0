// What every importer (Marginalia dataset, W3C Web Annotation, doccano-style JSONL) decodes
// its file into, before anything touches the library: documents it carries (with or without
// text), and annotations as *selectors* — offsets if the file had them, the quote and its
// context if it had those. Anchoring (app/anchoring) turns selectors into verified offsets
// against the library's text, or into orphans; planning (app/import/plan) decides what is new.

import type { DateValue, ValueStatus } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import type {
  AnnotationId,
  AnnotatorId,
  DocumentId,
  EntityId,
  LabelId,
  RelationId,
  RelationTypeId,
} from '../model/ids.ts';
import type { RelationType } from '../model/relation.ts';
import type {
  AnnotationProvenance,
  AnnotatorRole,
  DocumentReview,
  RelationProvenance,
} from '../model/review.ts';

export type ImportFormat = 'marginalia-dataset' | 'w3c-annotation' | 'jsonl' | 'doccano-jsonl';

export interface BundleDocument {
  /** Set when the file names the document by a Marginalia id (sha256:…). */
  id?: DocumentId;
  /** How the file refers to it (its id, IRI or line number), for messages. */
  ref: string;
  title?: string;
  /** The full text, when the file carries it (datasets and JSONL do; W3C files may not). */
  text?: string;
  /** `YYYY-MM-DD`, when the file gives the publication date. */
  publishedAt?: string;
  /** The rest of what the file says about the document (a dataset's additive fields). */
  source?: string;
  authors?: string[];
  url?: string;
  language?: string;
  /** Where each page starts in the text, when the file gives pages. */
  pageStarts?: number[];
}

export interface BundleAnnotation {
  /** Where in the file it came from (a JSON Pointer or `line 12`), for messages. */
  source: string;
  id?: AnnotationId;
  /** Index into ImportBundle.documents. */
  document: number;
  label: LabelId;
  /** Code points, end-exclusive, when the file gives positions. */
  start?: number;
  end?: number;
  quote?: string;
  prefix?: string;
  suffix?: string;
  annotator?: AnnotatorId;
  note?: string;
  createdAt?: string;
  updatedAt?: string;
  /** How a reconciled annotation was decided (datasets only); kept as the file has it. */
  provenance?: AnnotationProvenance;
  /** Actor annotations: the id of an entity of ImportBundle.entities. */
  entity?: EntityId;
  value?: DateValue;
  valueStatus?: ValueStatus;
}

/** A relation as a file gives it: its endpoints are ids of annotations of the same file. */
export interface BundleRelation {
  /** Where in the file it came from (a JSON Pointer or `line 12`), for messages. */
  source: string;
  id?: RelationId;
  /** Index into ImportBundle.documents. */
  document: number;
  type: RelationTypeId;
  /** Ids of annotations of ImportBundle.annotations (BundleAnnotation.id). */
  from: AnnotationId;
  to: AnnotationId;
  annotator?: AnnotatorId;
  createdAt?: string;
  updatedAt?: string;
  /** How a reconciled relation was decided (datasets only); kept as the file has it. */
  provenance?: RelationProvenance;
}

/** A document's review as a dataset carries it (docs/reconciliation.md). */
export interface BundleReview extends Omit<DocumentReview, 'documentId'> {
  /** Where in the file it came from (a JSON Pointer), for messages. */
  source: string;
  /** Index into ImportBundle.documents. */
  document: number;
}

export interface ImportBundle {
  format: ImportFormat;
  documents: BundleDocument[];
  annotations: BundleAnnotation[];
  /** `role` is absent for an ordinary annotator, as in the dataset format. */
  annotators: { id: AnnotatorId; name: string; role?: AnnotatorRole }[];
  /** `shortcut`: the key the exporting library gave it, kept on import when it is free. */
  labels: { id: LabelId; name: string; color?: string; shortcut?: string }[];
  /** The documents' reviews; only datasets carry them. */
  reviews?: BundleReview[];
  /** Links between the file's annotations, when the format carries them. */
  relations?: BundleRelation[];
  /** The relation types the file declares (datasets); the built-ins when absent. */
  relationTypes?: RelationType[];
  /** The entities the file's actor annotations link to (datasets, W3C). */
  entities?: Entity[];
  /** Problems that did not stop decoding but the analyst should see (unknown fields, etc.). */
  warnings: string[];
}

/** A problem that makes a file unusable; nothing from it is imported. */
export interface ImportIssue {
  /** JSON Pointer or `line N`, "" for the whole file. */
  path: string;
  message: string;
}
