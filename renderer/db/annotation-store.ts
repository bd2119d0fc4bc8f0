// Repository functions for annotations (STYLE.md: multi-table work in transactions here, never
// in components). Reads fold each layer's journal into its snapshot; writes append one edit.

import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';
import { layerKeyOf, parseLayerKey, type DocumentRow, type EditRow, type LayerRow, type OrphanRow } from './rows.ts';

/** One undoable change: `before` null is a creation, `after` null a deletion. */
export interface AnnotationChange {
  before: Annotation | null;
  after: Annotation | null;
  /**
   * The imported orphan this annotation places: its row is deleted when the annotation is
   * created and put back when that creation is undone, in the same transaction either way.
   */
  placedOrphan?: OrphanRow;
}

/** Applies a layer's edits, in order, to its snapshot. */
export function foldEdits(snapshot: readonly Annotation[], edits: readonly EditRow[]): Annotation[] {
  if (edits.length === 0) return [...snapshot];
  const byId = new Map(snapshot.map((annotation) => [annotation.id, annotation]));
  for (const edit of edits) {
    if (edit.op === 'put') byId.set(edit.annotation.id, edit.annotation);
    else byId.delete(edit.annotationId);
  }
  return [...byId.values()];
}

/** Every annotation of a document, over all its layers. */
export async function readDocumentAnnotations(db: MarginaliaDatabase, documentId: DocumentId): Promise<Annotation[]> {
  return db.transaction('r', db.layers, db.edits, async () => {
    const [layers, edits] = await Promise.all([
      db.layers.where('documentId').equals(documentId).toArray(),
      db.edits.where('documentId').equals(documentId).sortBy('seq'),
    ]);
    return foldLayers(layers, edits).flatMap((layer) => layer.annotations);
  });
}

/** Each layer with its journal applied, including layers that so far exist only as edits. */
export function foldLayers(layers: readonly LayerRow[], edits: readonly EditRow[]): LayerRow[] {
  const editsByLayer = new Map<string, EditRow[]>();
  for (const edit of edits) {
    const list = editsByLayer.get(edit.layerKey) ?? [];
    list.push(edit);
    editsByLayer.set(edit.layerKey, list);
  }
  const result = layers.map((layer) => ({ ...layer, annotations: foldEdits(layer.annotations, editsByLayer.get(layer.key) ?? []) }));
  // A layer that has only edits so far (its first annotation) has no snapshot row yet.
  for (const [key, layerEdits] of editsByLayer) {
    if (layers.some((layer) => layer.key === key)) continue;
    const { documentId, annotatorId } = parseLayerKey(key);
    result.push({ key, documentId, annotatorId, annotations: foldEdits([], layerEdits) });
  }
  return result;
}

/**
 * Persists one change in one transaction: the journal row and the library's counts, and, when
 * the change places an orphan (or undoes that), the orphan's row too, so a failed write leaves
 * the orphan where it was and a placement that landed leaves no orphan behind.
 *
 * All requests are issued at once, so the transaction is one round trip; the orphan's goes
 * first, so whatever fails after it aborts the transaction and the orphan's change with it.
 * The orphans table joins the transaction's scope only for a placement: a wider scope would
 * make every plain edit wait on transactions over orphans (this is the "add a span" path).
 *
 * `nextRow` is the document's library row after the change, when the caller keeps it (the
 * open document's session does): it is written as one blind put. Without it the counts are
 * read, changed and written back (`modify`), a read before the write: a round trip more, which
 * let a frame paint before the commit (~30 ms to persisted, measured) on the session's path.
 */
export async function writeAnnotationChange(
  db: MarginaliaDatabase,
  change: AnnotationChange,
  now = new Date(),
  nextRow?: DocumentRow,
): Promise<void> {
  const subject = change.after ?? change.before;
  if (!subject) return;
  const layerKey = layerKeyOf(subject.documentId, subject.annotator);
  const edit: EditRow = change.after
    ? { layerKey, documentId: subject.documentId, op: 'put', annotation: change.after }
    : { layerKey, documentId: subject.documentId, op: 'delete', annotationId: subject.id };
  const orphan = change.placedOrphan;
  const scope = orphan ? [db.orphans, db.edits, db.documents] : [db.edits, db.documents];
  await db.transaction('rw', scope, async () => {
    await Promise.all([
      ...(orphan ? [change.after ? db.orphans.delete(orphan.id) : db.orphans.put(orphan)] : []),
      db.edits.add(edit),
      nextRow
        ? db.documents.put(nextRow)
        : db.documents
            .where('id')
            .equals(subject.documentId)
            .modify((row) => {
              row.counts = applyToCounts(row.counts, change);
              row.updatedAt = now.toISOString();
            }),
    ]);
  });
}

/** The counts per label after a change. */
export function applyToCounts(counts: Readonly<Record<string, number>>, change: AnnotationChange): Record<string, number> {
  const next = { ...counts };
  if (change.before) next[change.before.label] = Math.max(0, (next[change.before.label] ?? 0) - 1);
  if (change.after) next[change.after.label] = (next[change.after.label] ?? 0) + 1;
  return next;
}

/**
 * Folds a document's journal into its layer snapshots, so that reading stays one record per
 * layer. Runs after a document is opened, off the path the analyst waits on.
 */
export async function compactDocumentLayers(db: MarginaliaDatabase, documentId: DocumentId): Promise<number> {
  return db.transaction('rw', db.layers, db.edits, async () => {
    const edits = await db.edits.where('documentId').equals(documentId).sortBy('seq');
    if (edits.length === 0) return 0;
    const layers = await db.layers.where('documentId').equals(documentId).toArray();
    await db.layers.bulkPut(foldLayers(layers, edits));
    await db.edits.bulkDelete(edits.map((edit) => edit.seq!));
    return edits.length;
  });
}

/** Counts per label of a list of annotations (what the library shows). */
export function countByLabel(annotations: readonly Annotation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const annotation of annotations) counts[annotation.label] = (counts[annotation.label] ?? 0) + 1;
  return counts;
}
