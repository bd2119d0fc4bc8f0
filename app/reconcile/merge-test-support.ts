// Builders for the merge tests: one dataset file per annotator, and a reviewer's session on a
// merged file done with the same functions the review view uses (renderer/review/
// review-session.ts): span decisions, then the links, entities and values of the decided groups
// (a reviewer's choices, then whatever the annotators agree on carried along), and the review
// entries its reviewOf writes.

import { datasetToModel, encodeDataset, type DatasetV1 } from '../formats/dataset/index.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import type { Entity } from '../model/entity.ts';
import {
  asAnnotatorId,
  asRelationId,
  type AnnotatorId,
  type RelationTypeId,
} from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import type { Relation } from '../model/relation.ts';
import {
  isEnrichmentConflictKind,
  RECONCILED_ANNOTATOR,
  type DocumentReview,
  type ReviewConflict,
} from '../model/review.ts';
import { err, ok, type Result } from '../result.ts';
import { compareLayers, type SpanGroup } from './compare-layers.ts';
import type { GroupOutcome } from './decisions.ts';
import {
  carryAgreed,
  compareEnrichment,
  decideEnrichment,
  reviewEntryOf,
  type EnrichmentChoice,
  type EnrichmentComparison,
  type EnrichmentOutcome,
} from './enrichment.ts';
import { mergeDatasets, type MergeIssue } from './merge.ts';
import { applyChange, changeFor, groupStatus, type ReconciledLayer } from './reconciled-layer.ts';
import { talks } from './test-support.ts';

export const MERGED_AT = new Date('2024-06-01T10:00:00.000Z');

/** What an annotator's file holds beyond spans. */
export interface Enrichment {
  relations?: Relation[];
  entities?: Entity[];
}

/** The file `annotator` exports: the documents, listing only them as annotator. */
export function annotatorFile(
  annotator: string,
  annotations: Annotation[],
  documents: SourceDocument[] = [talks],
  { relations, entities }: Enrichment = {},
): DatasetV1 {
  return encodeDataset({
    documents,
    annotations,
    annotators: [{ id: asAnnotatorId(annotator), name: annotator.toUpperCase() }],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
    ...(relations === undefined ? {} : { relations }),
    ...(entities === undefined ? {} : { entities }),
  });
}

/** A relation of `from`'s layer, its id `from>type>to` unless given. */
export function link(
  from: Annotation,
  type: RelationTypeId,
  to: Annotation,
  id = `${from.id}>${type}>${to.id}`,
): Relation {
  return {
    id: asRelationId(id),
    documentId: from.documentId,
    type,
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: from.createdAt,
    updatedAt: from.updatedAt,
  };
}

/** mergeDatasets' dataset, or a thrown error naming the issues. */
export function merged(datasets: DatasetV1[], now = MERGED_AT): DatasetV1 {
  const result = mergeDatasets(datasets, now);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.dataset;
}

export function mergeIssues(datasets: DatasetV1[]): Result<DatasetV1, MergeIssue[]> {
  const result = mergeDatasets(datasets, MERGED_AT);
  return result.ok ? ok(result.value.dataset) : err(result.error);
}

/** How the reviewer settles an open link, entity or value conflict; null leaves it open. */
export type EnrichmentDecider = (comparison: EnrichmentComparison) => EnrichmentChoice | null;

/**
 * A reviewer's session on `dataset`: for each document, `decide` is given the span groups of
 * its review's annotators and returns the decisions; `decideEnrichment` then settles open link,
 * entity and value conflicts of the decided groups, and what the annotators agree on beyond the
 * spans is carried, as the review view does after every decision. The result is exported again.
 */
export function reviewed(
  dataset: DatasetV1,
  decide: (groups: SpanGroup[]) => GroupOutcome[],
  exportedAt = new Date('2024-06-02T10:00:00Z'),
  settle: EnrichmentDecider = () => null,
  reviewer: AnnotatorId = asAnnotatorId('rosa'),
): DatasetV1 {
  const model = datasetToModel(dataset);
  const reviews: DocumentReview[] = [];
  const annotations = model.annotations.filter((a) => a.annotator !== RECONCILED_ANNOTATOR);
  const relations = (model.relations ?? []).filter((r) => r.annotator !== RECONCILED_ANNOTATOR);
  const entities = new Map((model.entities ?? []).map((entity) => [entity.id, entity]));
  for (const review of model.reviews ?? []) {
    const ofDocument = model.annotations.filter((a) => a.documentId === review.documentId);
    const groups = compareLayers(ofDocument, review.annotators);
    let layer: ReconciledLayer = {
      annotations: ofDocument.filter((a) => a.annotator === RECONCILED_ANNOTATOR),
      conflicts: review.conflicts,
    };
    for (const outcome of decide(groups)) layer = applyChange(layer, changeFor(layer, outcome));

    const ofLayers = (model.relations ?? []).filter((r) => r.documentId === review.documentId);
    const compared = new Set(review.annotators);
    const sources = ofLayers.filter((r) => compared.has(r.annotator));
    const present = new Set(layer.annotations.map((a) => a.id));
    // Relations whose endpoints a span decision removed go with them.
    let reconciledRelations = ofLayers.filter(
      (r) => r.annotator === RECONCILED_ANNOTATOR && present.has(r.from) && present.has(r.to),
    );
    const comparisons = () =>
      compareEnrichment({
        groups,
        statusOf: (group) => groupStatus(group, layer.annotations, layer.conflicts),
        reconciled: layer.annotations,
        relations: sources,
        reconciledRelations,
        conflicts: layer.conflicts,
        entityOf: (id) => entities.get(id),
      }).filter(
        (comparison) =>
          groupStatus(comparison.group, layer.annotations, layer.conflicts) === 'resolved',
      );
    const apply = (outcome: EnrichmentOutcome) => {
      layer = {
        ...layer,
        annotations: layer.annotations.map((a) => (a.id === outcome.after.id ? outcome.after : a)),
      };
      const removed = new Set(outcome.removedRelations.map((r) => r.id));
      reconciledRelations = [
        ...reconciledRelations.filter((r) => !removed.has(r.id)),
        ...outcome.addedRelations,
      ];
      const entry = outcome.entry;
      if (entry !== null)
        layer = {
          ...layer,
          conflicts: [...layer.conflicts.filter((c) => c.id !== entry.id), entry],
        };
    };
    const count = review.annotators.length;
    const relationsFrom = (id: string) => reconciledRelations.filter((r) => r.from === id);
    for (const comparison of comparisons()) {
      if (comparison.agreed || comparison.status !== 'open') continue;
      const choice = settle(comparison);
      if (choice === null) continue;
      // Decided against the layer as it is now: an earlier decision may have changed R.
      const current = comparisons().find((c) => c.id === comparison.id);
      if (current === undefined) continue;
      const from = relationsFrom(current.reconciled.id);
      let outcome: ReturnType<typeof decideEnrichment>;
      try {
        outcome = decideEnrichment(current, choice, from, count, reviewer, exportedAt);
      } catch (error) {
        // A choice the review refuses (uniting links that would give a claim two dates) leaves
        // the comparison open, as the reviewer is told and must choose again.
        if (error instanceof RangeError) continue;
        throw error;
      }
      apply(outcome);
    }
    for (const outcome of carryAgreed(comparisons(), relationsFrom, count, reviewer, exportedAt))
      apply(outcome);

    annotations.push(...layer.annotations);
    relations.push(...reconciledRelations);
    reviews.push({ ...review, conflicts: reviewEntries(layer.conflicts, comparisons()) });
  }
  return encodeDataset({
    ...model,
    annotations,
    relations,
    reviews,
    exportedAt,
    generatorVersion: '0.1.0',
  });
}

/**
 * The review's entries as the review view writes them: the span entries as they are, then each
 * current comparison's entry, or an open one for a disagreement without.
 */
function reviewEntries(
  conflicts: readonly ReviewConflict[],
  comparisons: readonly EnrichmentComparison[],
): ReviewConflict[] {
  const entries = conflicts.filter((conflict) => !isEnrichmentConflictKind(conflict.kind));
  for (const comparison of comparisons) {
    const entry = reviewEntryOf(comparison);
    if (entry !== null) entries.push(entry);
  }
  return entries;
}

/** The dataset without its export time, for comparing merges made at different moments. */
export function withoutExportTime(dataset: DatasetV1): Omit<DatasetV1, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = dataset;
  return rest;
}
