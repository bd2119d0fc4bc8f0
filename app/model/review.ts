// Reviewing colleagues' annotations (docs/reconciliation.md). Each annotator's annotations are a
// layer; a reviewer compares layers span group by span group, and the decisions form one more
// layer, the reconciled layer, held by a reserved annotator id. Every reconciled annotation
// records where it came from, and each document records which groups are still open.

import {
  asAnnotatorId,
  type AnnotationId,
  type AnnotatorId,
  type DocumentId,
  type LabelId,
  type SpanGroupId,
} from './ids.ts';
import type { CodePointOffset } from './offsets.ts';

/** The reserved annotator id of the reconciled layer. */
export const RECONCILED_ANNOTATOR = asAnnotatorId('reconciled');

/** How the reconciled layer is listed among a dataset's annotators. */
export const RECONCILED_ANNOTATOR_ENTRY = {
  id: RECONCILED_ANNOTATOR,
  name: 'Reconciled',
  role: 'reconciled',
} as const;

/** A person's own layer, or the reconciled layer. */
export type AnnotatorRole = 'annotator' | 'reconciled';

/**
 * How a reconciled annotation was decided: `unanimous` (every compared annotator had exactly
 * it), `adjudicated` (a reviewer chose it among differing annotations), `edited` (a reviewer
 * set its boundaries or label by hand).
 */
export type ProvenanceDecision = 'unanimous' | 'adjudicated' | 'edited';

/** An annotator's annotation a reconciled annotation came from, as it was when decided. */
export interface ProvenanceSource {
  annotator: AnnotatorId;
  annotationId: AnnotationId;
  label: LabelId;
  start: CodePointOffset;
  end: CodePointOffset;
}

export interface AnnotationProvenance {
  decision: ProvenanceDecision;
  /** The reviewer's annotator id; null when an automatic merge decided. */
  decidedBy: AnnotatorId | null;
  /** ISO 8601 timestamp. */
  decidedAt: string;
  /** Never empty. */
  sources: ProvenanceSource[];
}

/**
 * What a span group shows (app/reconcile/compare-layers.ts defines each precisely): `agreed`
 * (every compared annotator, same offsets and label), `partial` (several but not all of them),
 * `label` (same offsets, different labels), `boundary` (overlapping, same label, different
 * offsets), `single` (one annotator's alone).
 */
export type SpanGroupKind = 'agreed' | 'partial' | 'label' | 'boundary' | 'single';

export type ReviewStatus = 'open' | 'resolved';

/**
 * A span group that needs or received a reviewer's decision. Every group that is not agreed has
 * one; an agreed group has one only when a reviewer did something other than accept it as it is
 * (a rejection is an entry `resolved` with no reconciled annotation citing its members), or when
 * it was reopened.
 */
export interface ReviewConflict {
  id: SpanGroupId;
  kind: SpanGroupKind;
  /** The group's members: annotations of the compared annotators' layers. */
  annotations: AnnotationId[];
  status: ReviewStatus;
}

/** One document's review: whose layers were compared, and the groups that are not settled by agreement. */
export interface DocumentReview {
  documentId: DocumentId;
  annotators: AnnotatorId[];
  conflicts: ReviewConflict[];
}
