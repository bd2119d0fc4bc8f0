// The wire shape of a Marginalia dataset, version 1 (marginalia-dataset-v1.schema.json is the
// normative description). Ids and offsets are branded because parseDataset has checked them;
// objects read from a file may carry further properties, which version 1 ignores.

import type { DateValue, ValueStatus } from '../../model/date-value.ts';
import type { EntityKind } from '../../model/entity.ts';
import type {
  AnnotationId,
  AnnotatorId,
  DocumentId,
  EntityId,
  LabelId,
  RelationId,
  RelationTypeId,
} from '../../model/ids.ts';
import type { CodePointOffset } from '../../model/offsets.ts';
import type {
  AnnotationProvenance,
  AnnotatorRole,
  DocumentReview,
  RelationProvenance,
} from '../../model/review.ts';

export const DATASET_FORMAT = 'marginalia-dataset';
export const DATASET_VERSION = 1;

export interface DatasetV1 {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  /** ISO 8601 timestamp of the export. */
  exportedAt: string;
  /** Always written by Marginalia; optional for other writers. */
  generator?: { name: string; version: string };
  annotators: DatasetAnnotator[];
  labels: DatasetLabel[];
  /** Marginalia always writes them; absent in older files, where the built-ins apply. */
  relationTypes?: DatasetRelationType[];
  /** The entities actor annotations link to (or the library's whole list). */
  entities?: DatasetEntity[];
  documents: DatasetDocument[];
}

export interface DatasetAnnotator {
  id: AnnotatorId;
  name: string;
  /** Absent means 'annotator'; 'reconciled' only for the reserved id `reconciled`. */
  role?: AnnotatorRole;
}

export interface DatasetLabel {
  id: LabelId;
  name: string;
  color: string;
  shortcut?: string;
}

/** What relations of one type link: `from` and `to` are label ids. */
export interface DatasetRelationType {
  id: RelationTypeId;
  name: string;
  from: LabelId;
  to: LabelId;
}

/** A real-world actor; `wikidata` is `Q` followed by digits. */
export interface DatasetEntity {
  id: EntityId;
  name: string;
  kind: EntityKind;
  aliases: string[];
  wikidata?: string;
  note?: string;
}

export interface DatasetDocument {
  id: DocumentId;
  title: string;
  /** `YYYY-MM-DD`, a day of the calendar. */
  publishedAt?: string;
  /** What the document says about itself (app/model/document-metadata.ts). */
  source?: string;
  authors?: string[];
  url?: string;
  language?: string;
  text: string;
  /** Where each page starts in the text (documents imported from PDF). */
  pageStarts?: number[];
  annotations: DatasetAnnotation[];
  /** Links between annotations of this document and one layer; written only when there are some. */
  relations?: DatasetRelation[];
  /** Present once the document's layers were compared (docs/reconciliation.md). */
  review?: DatasetReview;
}

/** A document's review as the file holds it: the document is the one it sits in. */
export type DatasetReview = Omit<DocumentReview, 'documentId'>;

/** From one annotation of the document to another of the same layer, with the type's labels. */
export interface DatasetRelation {
  id: RelationId;
  type: RelationTypeId;
  from: AnnotationId;
  to: AnnotationId;
  annotator: AnnotatorId;
  createdAt: string;
  updatedAt: string;
  /** On every relation of the reconciled layer, and only there. */
  provenance?: RelationProvenance;
}

/** A span of its document's text; offsets are code points, end-exclusive. */
export interface DatasetAnnotation {
  id: AnnotationId;
  label: LabelId;
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  /** The page the span starts on, written for documents with pages; readers ignore it. */
  page?: number;
  /** Optional in the format; Marginalia always writes them. */
  prefix?: string;
  suffix?: string;
  note?: string;
  annotator: AnnotatorId;
  createdAt: string;
  updatedAt: string;
  /** Actor annotations only: an id of /entities. */
  entity?: EntityId;
  /** Date annotations only: a value of the grammar in app/dates/date-value.ts. */
  value?: DateValue;
  /** Only with `value`. */
  valueStatus?: ValueStatus;
  /**
   * On every annotation of the reconciled layer, and only there; its `entity` and `value` only
   * when the annotation has an entity or a value.
   */
  provenance?: AnnotationProvenance;
}

/** One problem found in a dataset file. */
export interface DatasetIssue {
  /** JSON Pointer (RFC 6901) to the offending value, such as /documents/0/annotations/3/quote; "" is the whole file. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}
