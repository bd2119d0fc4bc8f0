// Reads of the dismissals table (app/model/dismissal.ts). Writes go through the change model
// (a `dismissal` change), so a rejection or a dismissal is undoable like any edit.

import type { Dismissal, DismissalKind } from '../../app/model/dismissal.ts';
import type { AnnotatorId, DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';

/** An annotator's dismissals of one kind, in one document or (documentId undefined) anywhere. */
export async function readDismissals(
  db: MarginaliaDatabase,
  kind: DismissalKind,
  annotator: AnnotatorId,
  documentId?: DocumentId,
): Promise<Dismissal[]> {
  const rows =
    documentId === undefined
      ? await db.dismissals.where('kind').equals(kind).toArray()
      : await db.dismissals.where('documentId').equals(documentId).toArray();
  return rows.filter((row) => row.kind === kind && row.annotator === annotator);
}

/** The keys an annotator dismissed, for a quick `has`. */
export async function readDismissedKeys(
  db: MarginaliaDatabase,
  kind: DismissalKind,
  annotator: AnnotatorId,
  documentId?: DocumentId,
): Promise<Set<string>> {
  return new Set((await readDismissals(db, kind, annotator, documentId)).map((row) => row.key));
}
