// The wire shape of a Marginalia dataset, version 1 (marginalia-dataset-v1.schema.json is the
// normative description). Ids and offsets are branded because parseDataset has checked them;
// objects read from a file may carry further properties, which version 1 ignores.

import type { AnnotationId, AnnotatorId, DocumentId, LabelId } from '../../model/ids.ts';
import type { CodePointOffset } from '../../model/offsets.ts';
import type { AnnotationProvenance, AnnotatorRole, DocumentReview } from '../../model/review.ts';

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

export interface DatasetDocument {
  id: DocumentId;
  title: string;
  text: string;
  annotations: DatasetAnnotation[];
  /** Present once the document's layers were compared (docs/reconciliation.md). */
  review?: DatasetReview;
}

/** A document's review as the file holds it: the document is the one it sits in. */
export type DatasetReview = Omit<DocumentReview, 'documentId'>;

/** A span of its document's text; offsets are code points, end-exclusive. */
export interface DatasetAnnotation {
  id: AnnotationId;
  label: LabelId;
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  /** Optional in the format; Marginalia always writes them. */
  prefix?: string;
  suffix?: string;
  note?: string;
  annotator: AnnotatorId;
  createdAt: string;
  updatedAt: string;
  /** On every annotation of the reconciled layer, and only there. */
  provenance?: AnnotationProvenance;
}

/** One problem found in a dataset file. */
export interface DatasetIssue {
  /** JSON Pointer (RFC 6901) to the offending value, such as /documents/0/annotations/3/quote; "" is the whole file. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}
