// Repository functions for reviews (docs/reconciliation.md). The reconciled layer is the layer of
// the annotator `reconciled`, written through the same journal as any other layer; the review
// entries of a document (rejections, adjudications, reopened groups) live in `reviews`. A
// decision is written like any edit (write-changes.ts): one transaction over both.

import type { DocumentId } from '../../app/model/ids.ts';
import type { DocumentReview } from '../../app/model/review.ts';
import type { MarginaliaDatabase } from './database.ts';

export async function readReview(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<DocumentReview | undefined> {
  return db.reviews.get(documentId);
}
