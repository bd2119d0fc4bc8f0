// Repository functions for reviews (docs/reconciliation.md). The reconciled layer is the layer of
// the annotator `reconciled`, written through the same journal as any other layer; the review
// entries of a document (rejections, adjudications, reopened groups) live in `reviews`. One
// decision — a whole "accept all agreed" included — is one transaction over both.

import type { DocumentId } from '../../app/model/ids.ts';
import type { DocumentReview } from '../../app/model/review.ts';
import type { ReconcileChange } from '../../app/reconcile/reconciled-layer.ts';
import type { MarginaliaDatabase } from './database.ts';
import { layerKeyOf, type EditRow } from './rows.ts';

export async function readReview(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<DocumentReview | undefined> {
  return db.reviews.get(documentId);
}

/**
 * Persists decisions on one document in one transaction: the reconciled layer's journal rows
 * (removals before additions, as applyChange orders them), the library's counts and the review.
 */
export async function writeReconcileChanges(
  db: MarginaliaDatabase,
  changes: readonly ReconcileChange[],
  review: DocumentReview,
  now = new Date(),
): Promise<void> {
  const { documentId } = review;
  const edits: EditRow[] = [];
  const delta = new Map<string, number>();
  for (const change of changes) {
    for (const annotation of change.removed) {
      edits.push({
        layerKey: layerKeyOf(documentId, annotation.annotator),
        documentId,
        op: 'delete',
        annotationId: annotation.id,
      });
      delta.set(annotation.label, (delta.get(annotation.label) ?? 0) - 1);
    }
    for (const annotation of change.added) {
      edits.push({
        layerKey: layerKeyOf(documentId, annotation.annotator),
        documentId,
        op: 'put',
        annotation,
      });
      delta.set(annotation.label, (delta.get(annotation.label) ?? 0) + 1);
    }
  }
  await db.transaction('rw', [db.edits, db.documents, db.reviews], async () => {
    await db.edits.bulkAdd(edits);
    await db.reviews.put(review);
    await db.documents
      .where('id')
      .equals(documentId)
      .modify((row) => {
        const next = { ...row.counts };
        for (const [label, change] of delta) next[label] = Math.max(0, (next[label] ?? 0) + change);
        row.counts = next;
        row.updatedAt = now.toISOString();
      });
  });
}
