// Repository functions for imported annotations that could not be placed (orphans). Placing
// one is an annotation change (annotation-store.ts writeAnnotationChange, `placedOrphan`),
// since it must be written, and undone, together with the annotation it becomes.

import type { AnnotationId, DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';
import type { OrphanRow } from './rows.ts';

/** A document's orphans: oldest import first, then in the order of their file. */
export async function readDocumentOrphans(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<OrphanRow[]> {
  const orphans = await db.orphans.where('documentId').equals(documentId).toArray();
  return orphans.sort(
    (a, b) =>
      a.importedAt.localeCompare(b.importedAt) ||
      a.source.localeCompare(b.source, 'en', { numeric: true }),
  );
}

/** Drops an orphan the analyst decided not to keep. Not undoable: the UI asks first. */
export async function discardOrphan(db: MarginaliaDatabase, id: AnnotationId): Promise<void> {
  await db.orphans.delete(id);
}
