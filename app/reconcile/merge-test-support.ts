// Builders for the merge tests: one dataset file per annotator, and a reviewer's session on a
// merged file done with the same functions the review view uses.

import { datasetToModel, encodeDataset, type DatasetV1 } from '../formats/dataset/index.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import { asAnnotatorId } from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import { RECONCILED_ANNOTATOR, type DocumentReview } from '../model/review.ts';
import { err, ok, type Result } from '../result.ts';
import { compareLayers, type SpanGroup } from './compare-layers.ts';
import type { GroupOutcome } from './decisions.ts';
import { mergeDatasets, type MergeIssue } from './merge.ts';
import { applyChange, changeFor, type ReconciledLayer } from './reconciled-layer.ts';
import { talks } from './test-support.ts';

export const MERGED_AT = new Date('2024-06-01T10:00:00.000Z');

/** The file `annotator` exports: the documents, listing only them as annotator. */
export function annotatorFile(
  annotator: string,
  annotations: Annotation[],
  documents: SourceDocument[] = [talks],
): DatasetV1 {
  return encodeDataset({
    documents,
    annotations,
    annotators: [{ id: asAnnotatorId(annotator), name: annotator.toUpperCase() }],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
  });
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

/**
 * A reviewer's session on `dataset`: for each document, `decide` is given the span groups of
 * its review's annotators and returns the decisions; the result is exported again.
 */
export function reviewed(
  dataset: DatasetV1,
  decide: (groups: SpanGroup[]) => GroupOutcome[],
  exportedAt = new Date('2024-06-02T10:00:00Z'),
): DatasetV1 {
  const model = datasetToModel(dataset);
  const reviews: DocumentReview[] = [];
  const annotations = model.annotations.filter((a) => a.annotator !== RECONCILED_ANNOTATOR);
  for (const review of model.reviews ?? []) {
    const ofDocument = model.annotations.filter((a) => a.documentId === review.documentId);
    let layer: ReconciledLayer = {
      annotations: ofDocument.filter((a) => a.annotator === RECONCILED_ANNOTATOR),
      conflicts: review.conflicts,
    };
    for (const outcome of decide(compareLayers(ofDocument, review.annotators)))
      layer = applyChange(layer, changeFor(layer, outcome));
    annotations.push(...layer.annotations);
    reviews.push({ ...review, conflicts: layer.conflicts });
  }
  return encodeDataset({ ...model, annotations, reviews, exportedAt, generatorVersion: '0.1.0' });
}

/** The dataset without its export time, for comparing merges made at different moments. */
export function withoutExportTime(dataset: DatasetV1): Omit<DatasetV1, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = dataset;
  return rest;
}
