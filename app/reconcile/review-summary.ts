// Counts of a reviewed dataset, as `marginalia merge` prints them and a review view shows them.

import type { DatasetV1 } from '../formats/dataset/types.ts';
import { RECONCILED_ANNOTATOR, type ReviewConflictKind } from '../model/review.ts';

export interface ReviewSummary {
  documents: number;
  /** Annotators other than the reconciled layer. */
  annotators: number;
  /** Reconciled annotations, and those of them decided unanimously. */
  reconciled: number;
  unanimous: number;
  /** Beyond the spans: reconciled links, entity links and date values decided unanimously. */
  unanimousLinks: number;
  unanimousEntities: number;
  unanimousValues: number;
  /**
   * Open span groups and open link, entity and value comparisons, by kind (kinds without any are
   * left out), and their total.
   */
  open: Partial<Record<ReviewConflictKind, number>>;
  openTotal: number;
  /** Groups and comparisons a reviewer resolved (accepted, edited or rejected). */
  resolved: number;
}

export function summariseReview(dataset: DatasetV1): ReviewSummary {
  const summary: ReviewSummary = {
    documents: dataset.documents.length,
    annotators: dataset.annotators.filter(({ id }) => id !== RECONCILED_ANNOTATOR).length,
    reconciled: 0,
    unanimous: 0,
    unanimousLinks: 0,
    unanimousEntities: 0,
    unanimousValues: 0,
    open: {},
    openTotal: 0,
    resolved: 0,
  };
  for (const document of dataset.documents) {
    for (const { annotator, provenance } of document.annotations) {
      if (annotator !== RECONCILED_ANNOTATOR) continue;
      summary.reconciled++;
      if (provenance?.decision === 'unanimous') summary.unanimous++;
      if (provenance?.entity?.decision === 'unanimous') summary.unanimousEntities++;
      if (provenance?.value?.decision === 'unanimous') summary.unanimousValues++;
    }
    for (const { provenance } of document.relations ?? [])
      if (provenance?.decision === 'unanimous') summary.unanimousLinks++;
    for (const { kind, status } of document.review?.conflicts ?? []) {
      if (status === 'resolved') summary.resolved++;
      else {
        summary.open[kind] = (summary.open[kind] ?? 0) + 1;
        summary.openTotal++;
      }
    }
  }
  return summary;
}
