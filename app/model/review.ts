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
  type RelationId,
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
  /** How the annotation's entity link was decided; absent when no decision set one. */
  entity?: EnrichmentProvenance;
  /** How the annotation's date value was decided; absent when no decision set one. */
  value?: EnrichmentProvenance;
}

/**
 * How a reconciled annotation's entity link or date value was decided
 * (app/reconcile/enrichment.ts): `unanimous` when every compared annotator who had the span had
 * the same one, `adjudicated` when a reviewer chose one annotator's, `edited` when set by hand.
 */
export interface EnrichmentProvenance {
  decision: ProvenanceDecision;
  decidedBy: AnnotatorId | null;
  decidedAt: string;
  /** The compared annotators who had this entity (by the matching rule) or this value; sorted. */
  annotators: AnnotatorId[];
}

/** An annotator's relation a reconciled relation came from, as it was when decided. */
export interface RelationProvenanceSource {
  annotator: AnnotatorId;
  relationId: RelationId;
  from: AnnotationId;
  to: AnnotationId;
}

/** How a relation of the reconciled layer was decided. */
export interface RelationProvenance {
  decision: ProvenanceDecision;
  decidedBy: AnnotatorId | null;
  decidedAt: string;
  /** The annotators' relations it came from; empty when a reviewer set a link nobody had. */
  sources: RelationProvenanceSource[];
}

/**
 * What a span group shows (app/reconcile/compare-layers.ts defines each precisely): `agreed`
 * (every compared annotator, same offsets and label), `partial` (several but not all of them),
 * `label` (same offsets, different labels), `boundary` (overlapping, same label, different
 * offsets), `single` (one annotator's alone).
 */
export type SpanGroupKind = 'agreed' | 'partial' | 'label' | 'boundary' | 'single';

/**
 * What the annotators who share a decided span disagree on beyond it: a claim's links (`link`),
 * an actor's entity (`entity`), a date's value (`value`). See app/reconcile/enrichment.ts.
 */
export type EnrichmentConflictKind = 'link' | 'entity' | 'value';

/** The kinds a review entry can have: a span group's, or an enrichment conflict's. */
export type ReviewConflictKind = SpanGroupKind | EnrichmentConflictKind;

export const ENRICHMENT_CONFLICT_KINDS: readonly EnrichmentConflictKind[] = [
  'link',
  'entity',
  'value',
];

export function isEnrichmentConflictKind(kind: ReviewConflictKind): kind is EnrichmentConflictKind {
  return kind === 'link' || kind === 'entity' || kind === 'value';
}

export type ReviewStatus = 'open' | 'resolved';

/**
 * A span group that needs or received a reviewer's decision. Every group that is not agreed has
 * one; an agreed group has one only when a reviewer did something other than accept it as it is
 * (a rejection is an entry `resolved` with no reconciled annotation citing its members), or when
 * it was reopened.
 */
export interface ReviewConflict {
  /** A span group's id; for an enrichment entry, an id derived the same way from what it compares. */
  id: SpanGroupId;
  kind: ReviewConflictKind;
  /**
   * The group's members: annotations of the compared annotators' layers. For an enrichment entry,
   * the members whose links, entities or values were compared.
   */
  annotations: AnnotationId[];
  status: ReviewStatus;
}

/** One document's review: whose layers were compared, and the groups that are not settled by agreement. */
export interface DocumentReview {
  documentId: DocumentId;
  annotators: AnnotatorId[];
  conflicts: ReviewConflict[];
}
