// Which annotators have a layer on which document, read from keys only: layer records hold
// whole annotation arrays, so listing them would load every annotation of the library.

import type { AnnotatorId, DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';
import { parseLayerKey } from './rows.ts';

/** Document id → the annotators with a layer (a snapshot or edits) on it. */
export async function readLayerIndex(
  db: MarginaliaDatabase,
): Promise<Map<DocumentId, AnnotatorId[]>> {
  return db.transaction('r', db.layers, db.edits, async () => {
    const [layerKeys, editKeys] = await Promise.all([
      db.layers.toCollection().primaryKeys(),
      db.edits.orderBy('layerKey').uniqueKeys(),
    ]);
    const index = new Map<DocumentId, AnnotatorId[]>();
    for (const key of new Set([...layerKeys, ...editKeys].map(String))) {
      const { documentId, annotatorId } = parseLayerKey(key);
      const annotators = index.get(documentId) ?? [];
      annotators.push(annotatorId);
      index.set(documentId, annotators);
    }
    return index;
  });
}
