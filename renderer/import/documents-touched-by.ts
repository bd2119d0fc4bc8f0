// Which library documents an import plan writes to: the documents whose open screens must read
// their rows and layers again once it is written (docs/change-model.md). Its own module so that
// the library worker, which writes imports, does not load the change hub.

import type { ImportPlan } from '../../app/import/plan-types.ts';
import type { DocumentId } from '../../app/model/ids.ts';

/** The library documents an import plan writes to (annotations, orphans, reviews or relations). */
export function documentsTouchedBy(plan: ImportPlan): DocumentId[] {
  const ids = new Set<DocumentId>();
  for (const annotation of plan.annotationsToAdd) ids.add(annotation.documentId);
  for (const orphan of plan.orphans) if (orphan.documentId) ids.add(orphan.documentId);
  for (const review of plan.reviewsToAdd) ids.add(review.documentId);
  for (const relation of plan.relationsToAdd) ids.add(relation.documentId);
  return [...ids];
}
