// The reviews an import brings (docs/reconciliation.md): each document's record of whose layers
// were compared and which span groups are open or resolved. A review belongs to its document, so
// it follows the document's resolution: the library's id for it, or nothing when neither the
// library nor the file has the text. The library's own review of a document is never replaced.

import type { DocumentId } from '../model/ids.ts';
import type { DocumentReview } from '../model/review.ts';
import type { ImportBundle } from './bundle.ts';
import type { ResolvedDocument } from './plan-documents.ts';
import type { LibrarySnapshot } from './plan-types.ts';

/** The bundle's reviews of documents the import can attach them to; the rest become `warnings`. */
export function planReviews(
  bundle: ImportBundle,
  documents: readonly ResolvedDocument[],
  library: LibrarySnapshot,
  warnings: string[],
): DocumentReview[] {
  const planned = new Map<DocumentId, DocumentReview>();
  for (const review of bundle.reviews ?? []) {
    const document = documents[review.document];
    if (document === undefined || document.kind !== 'text') {
      warnings.push(
        `${review.source}: the review's document is not imported; the review is left out`,
      );
      continue;
    }
    if (library.reviewedDocuments?.has(document.id) === true) {
      warnings.push(
        `${review.source}: the library already has a review of document ${document.ref}; it is kept, and the file's is left out`,
      );
      continue;
    }
    // The same document twice in one file: its first review stands.
    if (planned.has(document.id)) continue;
    planned.set(document.id, {
      documentId: document.id,
      annotators: [...review.annotators],
      conflicts: review.conflicts.map((conflict) => ({
        ...conflict,
        annotations: [...conflict.annotations],
      })),
    });
  }
  return [...planned.values()];
}
