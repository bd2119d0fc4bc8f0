// The two exports of a review: all layers (the dataset as it is: every annotator's layer, the
// reconciled layer and each document's review), or the reconciled dataset, which is what the
// review was for — the reconciled layer alone, each annotation still citing its sources.

import type { DatasetModel } from '../formats/dataset/index.ts';
import { RECONCILED_ANNOTATOR, RECONCILED_ANNOTATOR_ENTRY } from '../model/review.ts';

/**
 * The model of the reconciled dataset: the reconciled layer only. Annotators' layers and
 * reviews are left out (a review names annotations of those layers), and so are the annotators
 * themselves: a listed annotator counts as having rated every document (see `marginalia agree`),
 * and sources need no listed annotator when their layer is not in the file.
 */
export function reconciledOnly(model: DatasetModel): DatasetModel {
  return {
    documents: model.documents,
    annotations: model.annotations.filter(
      (annotation) => annotation.annotator === RECONCILED_ANNOTATOR,
    ),
    annotators: [{ ...RECONCILED_ANNOTATOR_ENTRY }],
    labels: model.labels,
  };
}
